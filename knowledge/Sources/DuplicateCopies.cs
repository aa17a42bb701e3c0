using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Sources;

/// <summary>
/// The same text loaded from two source roots (the bundled laws beside a national corpus that holds them too) is
/// indexed once: two copies of every article would fill the search's candidates twice over and split the evidence
/// between them. Copies within one root are that collection's own business (a corpus may keep a version twice under
/// two dates) and are left to version resolution.
/// </summary>
internal static class DuplicateCopies
{
    /// <summary>The documents with every copy of a text from another root dropped but one: the copy that knows most
    /// about its version (amendment, effective date, English name), else the first loaded; and the reasons of what was
    /// dropped. <paramref name="roots"/> gives each document's source root.</summary>
    internal static (List<LegalDocument> Kept, List<SourceFailure> Dropped) Drop(IReadOnlyList<LegalDocument> documents, IReadOnlyList<string> roots)
    {
        var dropped = new HashSet<int>();
        var failures = new List<SourceFailure>();
        var groups = Enumerable.Range(0, documents.Count)
            .GroupBy(i => (documents[i].ShortTitle, documents[i].Language, documents[i].Status, documents[i].Articles.Count))
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var members = group.OrderByDescending(i => Known(documents[i])).ThenBy(i => i).ToList();
            for (var a = 0; a < members.Count; a++)
            {
                if (dropped.Contains(members[a]))
                    continue;
                var kept = members[a];
                foreach (var b in members.Skip(a + 1).Where(b => !dropped.Contains(b) && roots[b] != roots[kept] && SameText(documents[kept], documents[b])))
                {
                    dropped.Add(b);
                    failures.Add(new SourceFailure(documents[b].SourcePath, $"not indexed: the same text as {documents[kept].SourcePath}, indexed once"));
                }
            }
        }
        return (documents.Where((_, i) => !dropped.Contains(i)).ToList(), failures);
    }

    private static int Known(LegalDocument document) =>
        (document.Version is null ? 0 : 1) + (document.EffectiveDate is null ? 0 : 1) + (document.EnglishTitle is null ? 0 : 1);

    private static bool SameText(LegalDocument first, LegalDocument second)
    {
        for (var i = 0; i < first.Articles.Count; i++)
        {
            var (x, y) = (first.Articles[i], second.Articles[i]);
            if (!string.Equals(x.Key, y.Key, StringComparison.Ordinal) || !string.Equals(Compact(x.Text), Compact(y.Text), StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    // Copies differ in spacing and line breaks, not in words.
    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
