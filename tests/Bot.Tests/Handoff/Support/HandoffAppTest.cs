using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Handoff.Support;

/// <summary>A test class whose every test gets a fresh <see cref="HandoffApp"/> on its own SQLite file.</summary>
public abstract class HandoffAppTest : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    protected HandoffApp App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App = new HandoffApp(_folder.Combine("assistant.db"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _folder.Dispose();
    }
}
