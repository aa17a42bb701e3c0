using System.Text;
using Assistant.Knowledge.Sources.WordLists;

namespace Assistant.Knowledge.Sources.Odf;

/// <summary>
/// The running numbers of an OpenDocument text's lists, as LibreOffice shows them: a list continues another when it
/// names it (text:continue-list) or asks to continue the previous one (text:continue-numbering); a nested list counts
/// one level deeper in its parent's numbering, and a new item at a level restarts the levels under it.
/// </summary>
internal sealed class OdfListCounters
{
    private readonly Dictionary<string, int?[]> _byId = new(StringComparer.Ordinal);
    private int?[]? _last;

    /// <summary>The counters a top-level list uses: those of the list it continues, else new ones.</summary>
    public int?[] Start(string? id, string? continues, bool continuesPrevious)
    {
        var counters = continues is not null && _byId.TryGetValue(continues, out var named) ? named
            : continuesPrevious && _last is not null ? _last
            : new int?[OdfListLevel.Levels];
        if (id is not null)
            _byId[id] = counters;
        _last = counters;
        return counters;
    }

    /// <summary>Counts an item at <paramref name="level"/> (0-based) and returns its label with what follows it, or ""
    /// when the level shows no number.</summary>
    public static string Next(int?[] counters, int level, OdfListLevel?[] levels, int? startValue)
    {
        if (level is < 0 or >= OdfListLevel.Levels)
            return string.Empty;
        var format = levels[level];
        counters[level] = startValue ?? (counters[level] is { } current ? current + 1 : format?.Start ?? 1);
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
            counters[deeper] = null;
        return Label(counters, level, levels);
    }

    /// <summary>The label of the item just counted at <paramref name="level"/>.</summary>
    public static string Label(int?[] counters, int level, OdfListLevel?[] levels)
    {
        if (levels[level] is not { } format || format.Format.Length == 0)
            return string.Empty;
        var label = new StringBuilder(format.Prefix);
        for (var shown = level - format.DisplayLevels + 1; shown <= level; shown++)
        {
            if (shown < level)
                label.Append(WordNumberFormat.Format(counters[shown] ?? levels[shown]?.Start ?? 1, levels[shown]?.WordFormat)).Append('.');
            else
                label.Append(WordNumberFormat.Format(counters[shown] ?? format.Start, format.WordFormat));
        }
        label.Append(format.Suffix);
        // Nothing follows a label that closes itself (（一）, 一、), whatever the list says; else a space, as it reads.
        return format.FollowedBy == "nothing" || label[^1] is '）' or ')' or '、' or '．' ? label.ToString() : label.Append(' ').ToString();
    }
}
