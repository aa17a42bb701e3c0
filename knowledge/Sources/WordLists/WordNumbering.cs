using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Knowledge.Sources.WordLists;

/// <summary>
/// Word's automatic list numbering (ECMA-376 §17.9): Chinese rules drafted in Word number their articles with a list
/// whose level text is <c>第%1条</c>, so the numbers exist only as counters. This replays the counters in document order
/// and writes each numbered paragraph's label, so the article splitter sees <c>第一条</c> as if it had been typed.
/// </summary>
/// <remarks>
/// Counters belong to the abstract definition, as in Word: list instances sharing one continue each other's
/// numbering unless an instance restarts a level (<c>w:startOverride</c>). Using a level restarts the levels below it
/// unless they say otherwise (<c>w:lvlRestart</c>). One instance per document; it is stateful.
/// </remarks>
internal sealed class WordNumbering
{
    /// <summary>Levels of a list definition.</summary>
    public const int Levels = 9;
    private readonly Dictionary<int, ListInstance> _instances = [];
    private readonly Dictionary<int, ListLevelFormat?[]> _abstracts = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int Instance, int Level)> _overridesApplied = [];

    /// <summary>Numbering over list definitions (abstract id → its nine levels) and the list instances that use them.</summary>
    public WordNumbering(IReadOnlyDictionary<int, ListLevelFormat?[]> definitions, IReadOnlyDictionary<int, ListInstance> instances)
    {
        foreach (var (id, levels) in definitions)
            _abstracts[id] = levels;
        foreach (var (id, instance) in instances)
            _instances[id] = instance;
    }

    /// <summary>Numbering as a WordprocessingML numbering part defines it.</summary>
    public static WordNumbering FromOpenXml(Numbering? numbering)
    {
        var definitions = new Dictionary<int, ListLevelFormat?[]>();
        var instances = new Dictionary<int, ListInstance>();
        if (numbering is null)
            return new WordNumbering(definitions, instances);
        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is { } id)
                definitions[id] = ReadLevels(definition.Elements<Level>());
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } id || instance.AbstractNumId?.Val?.Value is not { } abstractId)
                continue;
            var overrides = new Dictionary<int, ListLevelOverride>();
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is { } index and >= 0 and < Levels)
                {
                    overrides[index] = new ListLevelOverride(
                        levelOverride.StartOverrideNumberingValue?.Val?.Value,
                        levelOverride.Level is { } level ? ReadLevel(level) : null);
                }
            }
            instances[id] = new ListInstance(abstractId, overrides);
        }
        return new WordNumbering(definitions, instances);
    }

    /// <summary>Finds the level of a list that a paragraph style is linked to (<c>w:pStyle</c> in a level).</summary>
    public int? LevelOfStyle(int instanceId, string styleId)
    {
        if (!_instances.TryGetValue(instanceId, out var instance) || !_abstracts.TryGetValue(instance.AbstractId, out var levels))
            return null;
        var index = Array.FindIndex(levels, level => level?.StyleId == styleId);
        return index >= 0 ? index : null;
    }

    /// <summary>Counts one numbered paragraph and returns its label with the separator Word puts after it; empty for
    /// bullets, unnumbered levels and lists the document does not define.</summary>
    public string Next(int instanceId, int level)
    {
        if (level is < 0 or >= Levels || !_instances.TryGetValue(instanceId, out var instance)
            || !_abstracts.TryGetValue(instance.AbstractId, out var levels))
            return string.Empty;
        var counters = Counters(instance.AbstractId);
        var format = instance.Format(level, levels);
        if (format is null)
            return string.Empty;

        if (instance.Overrides.TryGetValue(level, out var levelOverride) && levelOverride.Start is { } start
            && _overridesApplied.Add((instanceId, level)))
            counters[level] = start;
        else
            counters[level] = counters[level] is { } current ? current + 1 : format.Start;

        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            var restart = instance.Format(deeper, levels)?.RestartAfter ?? deeper;
            if (restart > 0 && level < restart)
                counters[deeper] = null;
        }
        return Label(format, counters, instance, levels);
    }

    private static string Label(ListLevelFormat format, int?[] counters, ListInstance instance, ListLevelFormat?[] levels)
    {
        if (format.Format == "bullet" || string.IsNullOrEmpty(format.Text))
            return string.Empty;
        var label = new StringBuilder();
        var text = format.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var referencedFormat = instance.Format(referenced, levels);
                var value = counters[referenced] ?? referencedFormat?.Start ?? 0;
                // Legal numbering writes every level as a decimal (1.1.1 under a 第一章 list).
                label.Append(WordNumberFormat.Format(value, format.IsLegal ? "decimal" : referencedFormat?.Format));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }
        if (label.Length == 0)
            return string.Empty;
        return format.Suffix == "nothing" ? label.ToString() : label.Append(' ').ToString();
    }

    private int?[] Counters(int abstractId)
    {
        if (!_counters.TryGetValue(abstractId, out var counters))
            _counters[abstractId] = counters = new int?[Levels];
        return counters;
    }

    private static ListLevelFormat?[] ReadLevels(IEnumerable<Level> levels)
    {
        var formats = new ListLevelFormat?[Levels];
        foreach (var level in levels)
        {
            if (level.LevelIndex?.Value is { } index and >= 0 and < Levels)
                formats[index] = ReadLevel(level);
        }
        return formats;
    }

    private static ListLevelFormat ReadLevel(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText,
        level.LevelText?.Val?.Value,
        level.LevelSuffix?.Val?.InnerText,
        level.LevelRestart?.Val?.Value,
        level.IsLegalNumberingStyle is { } legal && (legal.Val?.Value ?? true),
        level.ParagraphStyleIdInLevel?.Val?.Value);
}

/// <summary>One level of a list definition: its start, number format (ECMA-376 names), level text with <c>%1</c>…
/// placeholders, suffix (<c>tab</c>, <c>space</c>, <c>nothing</c>), the 1-based level after which it restarts (0 never,
/// null after any higher level), legal numbering, and the paragraph style linked to it.</summary>
internal sealed record ListLevelFormat(int Start, string? Format, string? Text, string? Suffix, int? RestartAfter, bool IsLegal, string? StyleId);

/// <summary>A list instance's change to one level: a new start, or a whole new level format.</summary>
internal sealed record ListLevelOverride(int? Start, ListLevelFormat? Level);

/// <summary>A list instance: the definition it numbers with and its overrides by level.</summary>
internal sealed record ListInstance(int AbstractId, IReadOnlyDictionary<int, ListLevelOverride> Overrides)
{
    /// <summary>The format in force for a level of this instance.</summary>
    public ListLevelFormat? Format(int level, ListLevelFormat?[] levels) =>
        Overrides.TryGetValue(level, out var levelOverride) && levelOverride.Level is { } replaced ? replaced : levels[level];
}
