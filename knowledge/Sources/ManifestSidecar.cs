using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Sources;

/// <summary>A root's <c>MANIFEST.tsv</c>: per-path statuses that override what the texts alone suggest.</summary>
internal static class ManifestSidecar
{
    internal const string FileName = "MANIFEST.tsv";

    /// <summary>Statuses by root-relative path (<c>/</c>-separated); empty when the root has no usable manifest.</summary>
    internal static Dictionary<string, DocumentStatus> Read(string root)
    {
        var statuses = new Dictionary<string, DocumentStatus>(StringComparer.Ordinal);
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
            return statuses;
        int pathColumn = -1, statusColumn = -1;
        foreach (var line in SourceEncoding.ReadLines(path))
        {
            if (line.Length == 0)
                continue;
            var cells = line.Split('\t');
            if (pathColumn < 0)
            {
                pathColumn = Array.IndexOf(cells, "path");
                statusColumn = Array.IndexOf(cells, "status");
                if (pathColumn < 0 || statusColumn < 0)
                    return statuses;
                continue;
            }
            if (cells.Length <= Math.Max(pathColumn, statusColumn))
                continue;
            DocumentStatus? status = cells[statusColumn].Trim().ToLowerInvariant() switch
            {
                "current" => DocumentStatus.Current,
                "superseded" or "amended" => DocumentStatus.Amended,
                "repealed" => DocumentStatus.Repealed,
                _ => null,
            };
            if (status is { } s)
                statuses[cells[pathColumn].Trim().Replace('\\', '/')] = s;
        }
        return statuses;
    }
}
