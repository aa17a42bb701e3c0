using System.Globalization;

namespace Assistant.Bot.Storage;

/// <summary>
/// How every store writes a time and reads it back: UTC, fixed width, ending in <c>Z</c>
/// (<c>2026-03-02T09:05:00.1234567Z</c>), so text order is time order in SQL (<c>ORDER BY updated_at</c>,
/// <c>updated_at &lt; @before</c>) on SQLite and PostgreSQL alike.
/// </summary>
/// <remarks>
/// Builds before ADR 0028 wrote most times as <c>"O"</c> of a UTC time (<c>2026-03-02T09:05:00.1234567+00:00</c>). The
/// schemas' migrations rewrite those (<see cref="RewriteEarlierForm"/>), and <see cref="Parse(string)"/> still reads
/// them: an instance of an earlier build may write them into a shared PostgreSQL database while it is upgraded. Both
/// forms start with the same 27 characters, so they order correctly against each other, except that of two spellings
/// of one 100-ns tick the earlier form sorts first.
/// </remarks>
public static class StoredTime
{
    /// <summary>The one form written.</summary>
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    // "O" of a UTC DateTimeOffset: what the conversation, case and officer thread stores wrote before.
    private const string EarlierFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffffzzz";

    private static readonly string[] Formats = [Format, EarlierFormat];

    // The earlier form as a LIKE pattern: fixed width, always +00:00 (the stores converted to UTC first).
    private const string EarlierPattern = "____-__-__T__:__:__._______+00:00";

    /// <summary><paramref name="at"/> as stored.</summary>
    public static string Text(DateTimeOffset at) => at.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary><paramref name="at"/> as stored; null stays null.</summary>
    public static string? Text(DateTimeOffset? at) => at is { } value ? Text(value) : null;

    /// <summary>
    /// The text below every stored form of <paramref name="at"/> and above every form of any earlier time (the 27
    /// characters the forms share): <c>column &lt; LowerBound(at)</c> holds exactly for rows earlier than
    /// <paramref name="at"/>, whichever form they were written in. For a bound that must be exact at the tick (a page
    /// cursor names a row's own time).
    /// </summary>
    public static string LowerBound(DateTimeOffset at) => Text(at)[..27];

    /// <summary>A stored time, in either form (or any ISO 8601 time; one without an offset is UTC), with offset zero.</summary>
    /// <exception cref="FormatException">Not a time.</exception>
    public static DateTimeOffset Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, Utc, out var exact)
            ? exact
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, Utc);
    }

    /// <summary>A stored time or null.</summary>
    public static DateTimeOffset? ParseOptional(string? text) => text is null ? null : Parse(text);

    /// <summary>
    /// A migration statement rewriting <paramref name="column"/> of <paramref name="table"/> from the earlier form to
    /// <see cref="Format"/> (the same instant; other values are left alone). Runs unchanged on SQLite and PostgreSQL.
    /// </summary>
    public static string RewriteEarlierForm(string table, string column) =>
        $"UPDATE {table} SET {column} = substr({column}, 1, 27) || 'Z' WHERE {column} LIKE '{EarlierPattern}';";
}
