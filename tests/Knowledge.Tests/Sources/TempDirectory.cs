namespace Assistant.Knowledge.Tests.Sources;

/// <summary>A unique scratch folder for one test class instance, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "knowledge-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>A fresh directory named <paramref name="rootName"/> inside the scratch folder; the name becomes the document id prefix.</summary>
    public string Root(string rootName)
    {
        var root = System.IO.Path.Combine(Path, rootName);
        Directory.CreateDirectory(root);
        return root;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
