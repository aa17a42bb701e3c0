using System.ComponentModel.DataAnnotations;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Handoff;

/// <summary>Cases, relay, deadlines and the outbox. Section <c>Handoff</c>.</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    /// <summary>The grid.</summary>
    [Required]
    public GridOptions Grid { get; set; } = new();

    /// <summary>How often deadlines are checked.</summary>
    [Range(1, 3600)]
    public int EscalationIntervalSeconds { get; set; } = 30;

    /// <summary>How often the outbox is swept (new messages are sent at once, this instance's own retries when due).</summary>
    [Range(1, 3600)]
    public int OutboxIntervalSeconds { get; set; } = 5;

    /// <summary>First retry delay; doubled after each failure.</summary>
    [Range(1, 3600)]
    public int OutboxFirstRetrySeconds { get; set; } = 5;

    /// <summary>Longest retry delay.</summary>
    [Range(1, 86400)]
    public int OutboxMaxRetrySeconds { get; set; } = 900;

    /// <summary>
    /// How long a dispatcher owns the notifications it took before another instance may take them again (when it
    /// crashed mid-send). Longer than one delivery with its HTTP retries.
    /// </summary>
    [Range(10, 3600)]
    public int OutboxLeaseSeconds { get; set; } = 120;

    /// <summary>Transcripts of cases closed longer ago than this are purged.</summary>
    [Range(1, 3650)]
    public int TranscriptRetentionDays { get; set; } = 180;

    /// <summary>Longest officer or employee message relayed (characters).</summary>
    [Range(1, 20000)]
    public int MaxMessageLength { get; set; } = 4000;
}
