using System.Text.Json;

namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>
/// The Universal Actions answer to an <c>adaptiveCard/action</c> invoke that replaces the pressed card:
/// <c>{statusCode:200, type:"application/vnd.microsoft.card.adaptive", value:&lt;card&gt;}</c>.
/// </summary>
public sealed record InvokeCardResponseBody(int StatusCode, string Type, JsonElement Value);
