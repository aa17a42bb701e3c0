namespace Assistant.Knowledge.Tests.Sources;

/// <summary>Paths of the source fixtures and scratch directories for loader tests.</summary>
internal static class Fixture
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sources");

    public static string File(string name) => Path.Combine(Directory, name);

    /// <summary>A fresh directory named <paramref name="rootName"/> under a unique temporary folder.</summary>
    public static string TempRoot(string rootName)
    {
        var root = Path.Combine(Path.GetTempPath(), "knowledge-tests-" + Guid.NewGuid().ToString("N"), rootName);
        System.IO.Directory.CreateDirectory(root);
        return root;
    }

    public static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
    }
}
