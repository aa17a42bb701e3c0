using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Assistant.Bot.Handoff.Cases;

/// <summary>
/// One page of the case list: newest activity first (<see cref="HandoffCase.UpdatedAt"/> descending, then
/// <see cref="HandoffCase.Id"/> descending), at most <see cref="Limit"/> cases, only those after <see cref="Before"/>.
/// </summary>
/// <param name="Status">Only cases of this status; null for all.</param>
/// <param name="Branch">Only cases of this grid branch; null for all branches (company-union officers).</param>
/// <param name="Limit">The most cases to return (1 or more).</param>
/// <param name="Before">Only cases strictly after this position in the order (the last case of the previous page).</param>
public sealed record CaseQuery(CaseStatus? Status, string? Branch, int Limit, CaseCursor? Before = null);

/// <summary>A position in the case list: the last listed case's activity time and number.</summary>
public sealed record CaseCursor(DateTimeOffset UpdatedAt, long Id)
{
    public static CaseCursor After(HandoffCase last)
    {
        ArgumentNullException.ThrowIfNull(last);
        return new CaseCursor(last.UpdatedAt, last.Id);
    }

    /// <summary>The opaque token clients pass back as <c>before</c>.</summary>
    public string ToToken() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{UpdatedAt.UtcTicks}.{Id}")));

    /// <summary>The cursor in <paramref name="token"/>, or null when it is not a token this API issued.</summary>
    public static CaseCursor? Parse(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64 || !Base64Url.IsValid(token))
            return null;
        var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token));
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0
            || !long.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || id < 1)
            return null;
        return new CaseCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }
}
