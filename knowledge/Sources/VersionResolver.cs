using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Sources;

/// <summary>Marks older versions of the same text as amended: same short title and language, earlier declared version date.</summary>
internal static class VersionResolver
{
    internal static LegalDocument[] Resolve(IReadOnlyList<LegalDocument> documents, IReadOnlyList<DateOnly?> declaredVersions)
    {
        var result = documents.ToArray();
        var groups = Enumerable.Range(0, result.Length)
            .GroupBy(i => (result[i].ShortTitle, result[i].Language))
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var latest = group.Select(i => declaredVersions[i]).Where(d => d is not null).Max();
            if (latest is null)
                continue;
            // Undated copies next to dated ones count as latest, as the corpus manifest does.
            foreach (var i in group)
            {
                var document = result[i];
                if (declaredVersions[i] is { } date && date < latest && document.Status != DocumentStatus.Repealed)
                    result[i] = document with { Status = DocumentStatus.Amended };
            }
        }
        return result;
    }
}
