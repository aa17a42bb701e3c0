using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Knowledge.Sources.Docx;

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
    private const int Levels = 9;
    private readonly Dictionary<int, ListInstance> _instances = [];
    private readonly Dictionary<int, LevelFormat?[]> _abstracts = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int Instance, int Level)> _overridesApplied = [];

    public WordNumbering(Numbering? numbering)
    {
        if (numbering is null)
            return;
        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is { } id)
                _abstracts[id] = ReadLevels(definition.Elements<Level>());
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } id || instance.AbstractNumId?.Val?.Value is not { } abstractId)
                continue;
            var overrides = new Dictionary<int, LevelOverrideFormat>();
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is { } index and >= 0 and < Levels)
                {
                    overrides[index] = new LevelOverrideFormat(
                        levelOverride.StartOverrideNumberingValue?.Val?.Value,
                        levelOverride.Level is { } level ? ReadLevel(level) : null);
                }
            }
            _instances[id] = new ListInstance(abstractId, overrides);
        }
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

    private static string Label(LevelFormat format, int?[] counters, ListInstance instance, LevelFormat?[] levels)
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

    private static LevelFormat?[] ReadLevels(IEnumerable<Level> levels)
    {
        var formats = new LevelFormat?[Levels];
        foreach (var level in levels)
        {
            if (level.LevelIndex?.Value is { } index and >= 0 and < Levels)
                formats[index] = ReadLevel(level);
        }
        return formats;
    }

    private static LevelFormat ReadLevel(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText,
        level.LevelText?.Val?.Value,
        level.LevelSuffix?.Val?.InnerText,
        level.LevelRestart?.Val?.Value,
        level.IsLegalNumberingStyle is { } legal && (legal.Val?.Value ?? true),
        level.ParagraphStyleIdInLevel?.Val?.Value);

    private sealed record LevelFormat(int Start, string? Format, string? Text, string? Suffix, int? RestartAfter, bool IsLegal, string? StyleId);

    private sealed record LevelOverrideFormat(int? Start, LevelFormat? Level);

    private sealed record ListInstance(int AbstractId, Dictionary<int, LevelOverrideFormat> Overrides)
    {
        public LevelFormat? Format(int level, LevelFormat?[] levels) =>
            Overrides.TryGetValue(level, out var levelOverride) && levelOverride.Level is { } replaced ? replaced : levels[level];
    }
}
