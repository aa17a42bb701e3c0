namespace Assistant.Bot.Tests.Handoff.Support;

/// <summary>A test class whose every test gets a fresh <see cref="HandoffApp"/> on its own SQLite file.</summary>
public abstract class HandoffAppTest : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assistant-bot-tests", Guid.NewGuid().ToString("N"));

    protected HandoffApp App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        App = new HandoffApp(Path.Combine(_folder, "assistant.db"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
