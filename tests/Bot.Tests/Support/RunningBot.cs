using System.Diagnostics;
using System.Text;

namespace Assistant.Bot.Tests.Support;

/// <summary>A bot process started by <see cref="BotProcess.StartAsync"/>: its address and output; disposing kills it and deletes its folder.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataFolder;
    private readonly StringBuilder _output = new();

    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal RunningBot(Process process, string dataFolder)
    {
        _process = process;
        _dataFolder = dataFolder;
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("The bot exited while starting."));
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Where it listens (Kestrel's \"Now listening on\" line; the port was chosen by the system).</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What the bot printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>A client of this bot; with <paramref name="cookies"/>, one that keeps the officer's sign-in cookie.</summary>
    public HttpClient Client(bool cookies = false) =>
        new(new HttpClientHandler { UseCookies = cookies }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    internal async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        try
        {
            Address = await _listening.Task.WaitAsync(timeout);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"The bot did not start listening within {timeout}:\n{Output}", exception);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        const string Listening = "Now listening on: ";
        var at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0 && Uri.TryCreate(line[(at + Listening.Length)..].Trim(), UriKind.Absolute, out var address))
            _listening.TrySetResult(address);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
