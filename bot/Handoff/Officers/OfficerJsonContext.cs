using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Handoff.Officers;

/// <summary>Source-generated JSON of the officer API (camelCase, Chinese unescaped by the host's encoder settings).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OfficerCaseSummary))]
[JsonSerializable(typeof(List<OfficerCaseSummary>))]
[JsonSerializable(typeof(OfficerCasePage))]
[JsonSerializable(typeof(OfficerCaseDetail))]
[JsonSerializable(typeof(OfficerProfile))]
[JsonSerializable(typeof(OfficerLogin))]
[JsonSerializable(typeof(OfficerMessage))]
[JsonSerializable(typeof(OfficerTransfer))]
[JsonSerializable(typeof(AnalyticsReport))]
internal sealed partial class OfficerJsonContext : JsonSerializerContext;
