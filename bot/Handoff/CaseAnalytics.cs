using System.Globalization;
using Assistant.Bot.Generation;
using Assistant.Bot.Storage;
using Dapper;

namespace Assistant.Bot.Handoff;

/// <summary>Aggregates over one window: counts, medians and distributions only — no case, name or conversation.</summary>
public sealed record AnalyticsReport(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<DailyCount> QuestionsPerDay,
    int Answered,
    int Unanswered,
    int CasesOpened,
    IReadOnlyDictionary<string, int> CasesByReason,
    IReadOnlyList<QuestionCount> TopUnanswered,
    double? MedianMinutesToClaim,
    double? MedianMinutesToResolve,
    int Escalations,
    int Breaches,
    IReadOnlyDictionary<string, int> Ratings,
    double? AverageRating);

public sealed record DailyCount(string Day, int Answered, int Unanswered);

public sealed record QuestionCount(string Question, int Count);

/// <summary>
/// The analytics, read from the bot's database (SQLite or PostgreSQL, the same statements): questions per day (answered/unanswered, from the
/// conversation store's tables), cases per reason, median time to claim and to resolve, escalations and breaches,
/// ratings. Unanswered questions are listed only when asked at least <see cref="MinRepeats"/> times, masked.
/// </summary>
public sealed class CaseAnalytics(IStoreDatabase database, SensitiveDataMasker masker)
{
    /// <summary>An unanswered question appears in the top list only when this many asked it (never one person's words).</summary>
    public const int MinRepeats = 2;

    public async Task<AnalyticsReport> ReportAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var window = new { from = Text(from), to = Text(to), repeats = MinRepeats };
        var answered = (await connection.QueryAsync<(string Day, long Count)>(new CommandDefinition(
            "SELECT substr(answered_at, 1, 10), COUNT(*) FROM answer WHERE answered_at >= @from AND answered_at < @to GROUP BY 1",
            window, cancellationToken: cancellationToken))).ToDictionary(r => r.Day, r => (int)r.Count);
        var unanswered = (await connection.QueryAsync<(string Day, long Count)>(new CommandDefinition(
            "SELECT substr(asked_at, 1, 10), COUNT(*) FROM unanswered WHERE asked_at >= @from AND asked_at < @to GROUP BY 1",
            window, cancellationToken: cancellationToken))).ToDictionary(r => r.Day, r => (int)r.Count);
        var days = answered.Keys.Union(unanswered.Keys).Order(StringComparer.Ordinal)
            .Select(d => new DailyCount(d, answered.GetValueOrDefault(d), unanswered.GetValueOrDefault(d))).ToList();
        var top = (await connection.QueryAsync<(string Question, long Count)>(new CommandDefinition(
            """
            SELECT question, COUNT(*) FROM unanswered WHERE asked_at >= @from AND asked_at < @to
            GROUP BY question HAVING COUNT(*) >= @repeats ORDER BY COUNT(*) DESC, question LIMIT 10
            """,
            window, cancellationToken: cancellationToken))).Select(r => new QuestionCount(masker.Mask(r.Question), (int)r.Count)).ToList();

        var cases = (await connection.QueryAsync<(long Id, string Reason, string OpenedAt, long? Rating)>(new CommandDefinition(
            "SELECT id, reason, opened_at, rating FROM handoff_case WHERE opened_at >= @from AND opened_at < @to",
            window, cancellationToken: cancellationToken))).ToList();
        var events = (await connection.QueryAsync<(long CaseId, string Action, string At)>(new CommandDefinition(
            """
            SELECT a.case_id, a.action, a.at FROM handoff_audit a JOIN handoff_case c ON c.id = a.case_id
            WHERE c.opened_at >= @from AND c.opened_at < @to
              AND a.action IN ('claimed', 'resolved', 'ended-by-employee', 'escalated', 'breached')
            ORDER BY a.id
            """,
            window, cancellationToken: cancellationToken))).ToList();
        var opened = cases.ToDictionary(c => c.Id, c => Parse(c.OpenedAt));
        double? MedianMinutes(params string[] actions) => Median(events
            .Where(e => actions.Contains(e.Action))
            .GroupBy(e => e.CaseId)
            .Select(g => (Parse(g.First().At) - opened[g.Key]).TotalMinutes));
        var ratings = cases.Where(c => c.Rating is not null).Select(c => (int)c.Rating!.Value).ToList();
        return new AnalyticsReport(
            from, to, days, answered.Values.Sum(), unanswered.Values.Sum(), cases.Count,
            cases.GroupBy(c => c.Reason).ToDictionary(g => g.Key, g => g.Count()),
            top,
            MedianMinutes(CaseActions.Claimed),
            MedianMinutes(CaseActions.Resolved, CaseActions.EndedByEmployee),
            events.Count(e => e.Action == CaseActions.Escalated),
            events.Count(e => e.Action == CaseActions.Breached),
            Enumerable.Range(1, 5).ToDictionary(i => i.ToString(CultureInfo.InvariantCulture), i => ratings.Count(r => r == i)),
            ratings.Count == 0 ? null : ratings.Average());
    }

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return null;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Text(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
