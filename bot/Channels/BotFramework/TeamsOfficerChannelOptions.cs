using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>
/// The Teams channel where officers get a card for each new, escalated or reopened case (section
/// <c>BotFramework:OfficerChannel</c>). Not configured: officers work from the officer API's queue.
/// </summary>
public sealed class TeamsOfficerChannelOptions : IValidatableObject
{
    public const string SectionName = "BotFramework:OfficerChannel";

    /// <summary>The Connector service URL of the officers' team (from an activity of that team).</summary>
    public string ServiceUrl { get; set; } = "";

    /// <summary>The Teams channel id (<c>19:…@thread.tacv2</c>); the bot must be installed in its team.</summary>
    public string ChannelId { get; set; } = "";

    /// <summary>The Teams tenant id.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>True when a channel is set: cards are posted there.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ChannelId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
            yield break;
        if (!Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            yield return new ValidationResult("BotFramework:OfficerChannel:ServiceUrl must be the team's Connector service URL.", [nameof(ServiceUrl)]);
        if (string.IsNullOrWhiteSpace(TenantId))
            yield return new ValidationResult("BotFramework:OfficerChannel:TenantId is required with a ChannelId.", [nameof(TenantId)]);
    }
}
