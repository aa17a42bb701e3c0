using System.Text.RegularExpressions;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Assistant.Bot.Conversations;
using Assistant.Bot.Storage;
using Dapper;
using Assistant.Bot.Privacy;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Handoff.Officers;

/// <summary>Aggregates over one window: counts, medians and distributions only — no case, name or conversation.</summary>
public sealed record AnalyticsReport(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<DailyCount> QuestionsPerDay,
    IReadOnlyList<TopicCount> QuestionsPerTopic,
    int Answered,
    int Unanswered,
    int CasesOpened,
    IReadOnlyDictionary<string, int> CasesByReason,
    IReadOnlyList<QuestionCount> TopUnanswered,
    double? MedianMinutesToClaim,
    double? MedianMinutesToResolve,
    IReadOnlyList<LevelTimes> PerLevel,
    int Escalations,
    int Breaches,
    IReadOnlyDictionary<string, int> Ratings,
    double? AverageRating);

/// <summary>One UTC day: questions answered and unanswered, and cases opened (the questions that went to a person).</summary>
public sealed record DailyCount(string Day, int Answered, int Unanswered, int CasesOpened);

/// <summary>Questions of one topic: the document (law, rules, guide) of the first article found; <c>""</c> when none was.</summary>
public sealed record TopicCount(string Topic, int Answered, int Unanswered);

/// <summary>
/// One grid level: cases that reached it, median minutes (from opening) of the claims and resolutions made while cases
/// were at it, escalations away from it and deadlines breached at it.
/// </summary>
public sealed record LevelTimes(int Level, string LevelName, int Cases, double? MedianMinutesToClaim, double? MedianMinutesToResolve, int Escalations, int Breaches);

public sealed record QuestionCount(string Question, int Count);

/// <summary>
/// The analytics, read from the bot's database (SQLite or PostgreSQL, the same statements): questions per day (answered/unanswered, from the
/// conversation store's tables), cases per reason, median time to claim and to resolve, escalations and breaches,
/// ratings. Unanswered questions are listed only when asked at least <see cref="MinRepeats"/> times, masked.
/// Per-level figures follow each case through its levels (opened at, escalated and transferred between, from the audit),
/// so a grid member's missed deadline counts at the grid member's level, not at the level that took the case over.
/// </summary>
public sealed partial class CaseAnalytics(IStoreDatabase database, SensitiveDataMasker masker, CaseRouter router)
{
    /// <summary>An unanswered question appears in the top list only when this many asked it (never one person's words).</summary>
    public const int MinRepeats = 2;

    /// <summary>The topics chart shows this many topics, the busiest first.</summary>
    public const int MaxTopics = 10;

    public async Task<AnalyticsReport> ReportAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Every question gets an answer row; the unsupported ones are also in `unanswered` and must not count twice.
        var window = new { from = Text(from), to = Text(to), repeats = MinRepeats, unsupported = AnswerRecord.UnsupportedMode };
        var answered = (await connection.QueryAsync<(string Day, long Count)>(new CommandDefinition(
            "SELECT substr(answered_at, 1, 10), COUNT(*) FROM answer WHERE answered_at >= @from AND answered_at < @to AND mode <> @unsupported GROUP BY 1",
            window, cancellationToken: cancellationToken))).ToDictionary(r => r.Day, r => (int)r.Count);
        var unanswered = (await connection.QueryAsync<(string Day, long Count)>(new CommandDefinition(
            "SELECT substr(asked_at, 1, 10), COUNT(*) FROM unanswered WHERE asked_at >= @from AND asked_at < @to GROUP BY 1",
            window, cancellationToken: cancellationToken))).ToDictionary(r => r.Day, r => (int)r.Count);
        var topics = await TopicsAsync(connection, window, cancellationToken);
        var top = (await connection.QueryAsync<(string Question, long Count)>(new CommandDefinition(
            """
            SELECT question, COUNT(*) FROM unanswered WHERE asked_at >= @from AND asked_at < @to
            GROUP BY question HAVING COUNT(*) >= @repeats ORDER BY COUNT(*) DESC, question LIMIT 10
            """,
            window, cancellationToken: cancellationToken))).Select(r => new QuestionCount(masker.Mask(r.Question), (int)r.Count)).ToList();

        var cases = (await connection.QueryAsync<(long Id, string Reason, string OpenedAt, long? Rating, long Level)>(new CommandDefinition(
            "SELECT id, reason, opened_at, rating, level FROM handoff_case WHERE opened_at >= @from AND opened_at < @to",
            window, cancellationToken: cancellationToken))).ToList();
        var casesPerDay = cases.GroupBy(c => c.OpenedAt[..10]).ToDictionary(g => g.Key, g => g.Count());
        var days = answered.Keys.Union(unanswered.Keys).Union(casesPerDay.Keys).Order(StringComparer.Ordinal)
            .Select(d => new DailyCount(d, answered.GetValueOrDefault(d), unanswered.GetValueOrDefault(d), casesPerDay.GetValueOrDefault(d))).ToList();
        var events = (await connection.QueryAsync<(long CaseId, string Action, string At, string? Detail)>(new CommandDefinition(
            """
            SELECT a.case_id, a.action, a.at, a.detail FROM handoff_audit a JOIN handoff_case c ON c.id = a.case_id
            WHERE c.opened_at >= @from AND c.opened_at < @to
              AND a.action IN ('opened', 'claimed', 'resolved', 'ended-by-employee', 'escalated', 'transferred', 'breached')
            ORDER BY a.id
            """,
            window, cancellationToken: cancellationToken))).ToList();
        var opened = cases.ToDictionary(c => c.Id, c => Parse(c.OpenedAt));
        var placed = PlaceAtLevels(events, cases.ToDictionary(c => c.Id, c => (int)c.Level));
        double? MedianMinutes(Func<LevelEvent, bool> where, params string[] actions) => Median(placed
            .Where(e => actions.Contains(e.Action) && where(e))
            .GroupBy(e => e.CaseId)
            .Select(g => (g.First().At - opened[g.Key]).TotalMinutes));
        var perLevel = placed.Select(e => e.Level).Distinct().Order().Select(level =>
        {
            bool AtLevel(LevelEvent e) => e.Level == level;
            return new LevelTimes(level, router.LevelName(level), placed.Where(e => e.Level == level).Select(e => e.CaseId).Distinct().Count(),
                MedianMinutes(AtLevel, CaseActions.Claimed), MedianMinutes(AtLevel, CaseActions.Resolved, CaseActions.EndedByEmployee),
                placed.Count(e => e.Level == level && e.Action == CaseActions.Escalated),
                placed.Count(e => e.Level == level && e.Action == CaseActions.Breached));
        }).ToList();
        var ratings = cases.Where(c => c.Rating is not null).Select(c => (int)c.Rating!.Value).ToList();
        return new AnalyticsReport(
            from, to, days, topics, answered.Values.Sum(), unanswered.Values.Sum(), cases.Count,
            cases.GroupBy(c => c.Reason).ToDictionary(g => g.Key, g => g.Count()),
            top,
            MedianMinutes(_ => true, CaseActions.Claimed),
            MedianMinutes(_ => true, CaseActions.Resolved, CaseActions.EndedByEmployee),
            perLevel,
            events.Count(e => e.Action == CaseActions.Escalated),
            events.Count(e => e.Action == CaseActions.Breached),
            Enumerable.Range(1, 5).ToDictionary(i => i.ToString(CultureInfo.InvariantCulture), i => ratings.Count(r => r == i)),
            ratings.Count == 0 ? null : ratings.Average());
    }

    // A case moved to a level (escalation, transfer): counts it among the cases that reached the level.
    private const string Arrived = "arrived";

    private sealed record LevelEvent(long CaseId, string Action, DateTimeOffset At, int Level);

    /// <summary>
    /// Each event with the level its case was at when it happened, replaying the audit in order: <c>opened</c> says
    /// <c>level=N</c>, escalations and transfers <c>level=A-&gt;B</c> (the event belongs to A, the case moves to B).
    /// A case opened before the audit said its level starts at the level its first move came from, or where it is now.
    /// </summary>
    private static List<LevelEvent> PlaceAtLevels(IEnumerable<(long CaseId, string Action, string At, string? Detail)> events, Dictionary<long, int> currentLevel)
    {
        var placed = new List<LevelEvent>();
        foreach (var history in events.GroupBy(e => e.CaseId))
        {
            var moves = history.Select(e => LevelMove(e.Detail)).ToList();
            var level = moves.FirstOrDefault(m => m.From is not null).From ?? currentLevel.GetValueOrDefault(history.Key);
            foreach (var (e, move) in history.Zip(moves))
            {
                if (e.Action == CaseActions.Opened && move.From is { } openedAt)
                    level = openedAt;
                placed.Add(new LevelEvent(e.CaseId, e.Action, Parse(e.At), move.To is null ? level : move.From ?? level));
                if (move.To is { } to)
                {
                    level = to;
                    placed.Add(new LevelEvent(e.CaseId, Arrived, Parse(e.At), to));
                }
            }
        }
        return placed;
    }

    private static (int? From, int? To) LevelMove(string? detail)
    {
        var match = detail is null ? null : LevelPattern().Match(detail);
        if (match is null || !match.Success)
            return (null, null);
        var from = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        return (from, match.Groups[2].Success ? int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture) : null);
    }

    [GeneratedRegex(@"level=(\d+)(?:->(\d+))?")]
    private static partial Regex LevelPattern();

    /// <summary>Questions per document of their first article (answered: the cited one; unanswered: the closest one).</summary>
    private static async Task<List<TopicCount>> TopicsAsync(DbConnection connection, object window, CancellationToken cancellationToken)
    {
        // Grouped by the whole key list in SQL (plain SQL, no JSON functions, so a PostgreSQL store can run it too):
        // few distinct lists, each parsed once here.
        var rows = await connection.QueryAsync<(string Keys, long Answered, long Unanswered)>(new CommandDefinition(
            """
            SELECT article_keys, COUNT(*), 0 FROM answer
            WHERE answered_at >= @from AND answered_at < @to AND mode <> @unsupported GROUP BY article_keys
            UNION ALL
            SELECT closest_article_keys, 0, COUNT(*) FROM unanswered WHERE asked_at >= @from AND asked_at < @to GROUP BY closest_article_keys
            """,
            window, cancellationToken: cancellationToken));
        return rows
            .GroupBy(r => Document(r.Keys), StringComparer.Ordinal)
            .Select(g => new TopicCount(g.Key, (int)g.Sum(r => r.Answered), (int)g.Sum(r => r.Unanswered)))
            .OrderByDescending(t => t.Answered + t.Unanswered).ThenBy(t => t.Topic, StringComparer.Ordinal)
            .Take(MaxTopics).ToList();
    }

    // Article keys are "<document>#<article>" (劳动合同法#第四十七条); guides without articles have no '#'.
    private static string Document(string keys) =>
        (JsonSerializer.Deserialize(keys, StorageJsonContext.Readable.ListString) ?? []).FirstOrDefault() is { Length: > 0 } first
            ? first.Split('#', 2)[0]
            : "";

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return null;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Text(DateTimeOffset at) => StoredTime.Text(at);

    private static DateTimeOffset Parse(string text) => StoredTime.Parse(text);
}
