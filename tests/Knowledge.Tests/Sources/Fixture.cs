namespace Assistant.Knowledge.Tests.Sources;

/// <summary>Paths of the source fixtures and scratch directories for loader tests.</summary>
internal static class Fixture
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sources");

    public static string File(string name) => Path.Combine(Directory, name);

    public static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
    }
}
