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

    /// <summary>
    /// Channels of branch unions (in teams where the bot is installed, same service URL): a case of such a branch gets
    /// its thread there, seen by that branch's officers (and the company union's, as members), not by every branch.
    /// </summary>
    public List<BranchOfficerChannel> Branches { get; set; } = [];

    /// <summary>True when a channel is set: cards are posted there.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ChannelId);

    /// <summary>Where a case of <paramref name="branch"/> gets its thread: its branch's channel, else <see cref="ChannelId"/>.</summary>
    public string ChannelFor(string? branch) =>
        Branches.FirstOrDefault(b => string.Equals(b.Branch, branch, StringComparison.Ordinal))?.ChannelId is { Length: > 0 } channel
            ? channel
            : ChannelId;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
            yield break;
        if (!Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            yield return new ValidationResult("BotFramework:OfficerChannel:ServiceUrl must be the team's Connector service URL.", [nameof(ServiceUrl)]);
        if (string.IsNullOrWhiteSpace(TenantId))
            yield return new ValidationResult("BotFramework:OfficerChannel:TenantId is required with a ChannelId.", [nameof(TenantId)]);
        for (var i = 0; i < Branches.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Branches[i].Branch) || string.IsNullOrWhiteSpace(Branches[i].ChannelId))
                yield return new ValidationResult($"BotFramework:OfficerChannel:Branches:{i} needs both Branch and ChannelId.", [nameof(Branches)]);
        }
        foreach (var twice in Branches.GroupBy(b => b.Branch, StringComparer.Ordinal).Where(g => g.Count() > 1))
            yield return new ValidationResult($"BotFramework:OfficerChannel:Branches lists branch '{twice.Key}' more than once.", [nameof(Branches)]);
    }
}

/// <summary>One entry of <c>BotFramework:OfficerChannel:Branches</c>.</summary>
public sealed class BranchOfficerChannel
{
    /// <summary>A branch of <c>Handoff:Grid</c> (an org unit's <c>Branch</c>).</summary>
    public string Branch { get; set; } = "";

    /// <summary>That branch union's Teams channel (<c>19:…@thread.tacv2</c>).</summary>
    public string ChannelId { get; set; } = "";
}
