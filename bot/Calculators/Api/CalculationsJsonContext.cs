using System.Text.Json.Serialization;

namespace Assistant.Bot.Calculators.Api;

/// <summary>The calculators' inputs and answer as the API reads and writes them: camelCase, enums by name.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(SeveranceInput))]
[JsonSerializable(typeof(DoubleWageInput))]
[JsonSerializable(typeof(OvertimeInput))]
[JsonSerializable(typeof(AnnualLeaveInput))]
[JsonSerializable(typeof(MedicalPeriodInput))]
[JsonSerializable(typeof(MaternityLeaveInput))]
[JsonSerializable(typeof(ProbationInput))]
[JsonSerializable(typeof(InjuryGrantInput))]
[JsonSerializable(typeof(ArbitrationInput))]
[JsonSerializable(typeof(CalculationResponse))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyList<CalculationFormDescription>))]
internal sealed partial class CalculationsJsonContext : JsonSerializerContext;
