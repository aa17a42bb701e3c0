namespace Assistant.Bot.Tests.Support;

/// <summary>A fresh folder under the system temp folder (<c>assistant-bot-tests/&lt;guid&gt;</c>), deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <param name="create">
    /// False: only the path is chosen, for code under test that creates the folder itself (the bot its data folder,
    /// the indexer its index).
    /// </param>
    public TempFolder(bool create = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "assistant-bot-tests", Guid.NewGuid().ToString("N"));
        if (create)
            Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Deletes the folder and all in it; one that is gone or still in use is left (DirectoryNotFoundException is an IOException).</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
