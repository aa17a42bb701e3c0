namespace Assistant.Knowledge.Parsing;

/// <summary>Hands out keys unique within one document, suffixing repeats with <c> (2)</c>, <c> (3)</c>, ….</summary>
internal sealed class UniqueKeys
{
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    internal string Claim(string key)
    {
        if (taken.Add(key))
            return key;
        for (var n = 2; ; n++)
        {
            var candidate = $"{key} ({n})";
            if (taken.Add(candidate))
                return candidate;
        }
    }
}
