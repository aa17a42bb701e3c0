using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Assistant.Knowledge.Tests.Support;

/// <summary>
/// Plays an embedding service on loopback with the OpenAI embeddings API (<c>POST …/embeddings</c>, and Azure's
/// <c>…/openai/deployments/{name}/embeddings?api-version=</c>), so our real HTTP client runs for real. Its "model" embeds
/// by concepts: each dimension counts the words of one concept in the text, so texts that share no characters but
/// name the same thing are close, as a real model's vectors would make them. Failures can be queued.
/// Also linked into the indexer's and the bot's tests.
/// </summary>
public sealed class EmbeddingServer : IDisposable
{
    /// <summary>Words that mean one thing, one concept a dimension (the last dimension is a constant, so no text is zero).</summary>
    public static readonly string[][] Concepts =
    [
        ["经济补偿", "炒鱿鱼", "被炒", "辞退", "遣散费", "散伙钱", "severance pay", "sacked"],
        ["工作时间", "加班", "延长工作时间", "overtime"],
        ["年休假", "休年假", "放假", "annual leave", "vacation"],
        ["有期徒刑", "坐牢", "判刑", "prison"],
    ];

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(int Status, string Body, string? RetryAfter)> _failures = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public EmbeddingServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The base URL an OpenAI-compatible client is given.</summary>
    public Uri Endpoint => new($"http://127.0.0.1:{Port}/v1");

    /// <summary>Every request received: path and query, headers, body.</summary>
    public ConcurrentQueue<(string PathAndQuery, WebHeaderCollection Headers, JsonNode Body)> Requests { get; } = new();

    /// <summary>Texts embedded so far, over all requests.</summary>
    public int TextsEmbedded => Requests.Sum(r => r.Body["input"] is JsonArray input ? input.Count : 0);

    /// <summary>Answers the next request with <paramref name="status"/> instead of vectors.</summary>
    public void FailNext(int status, string body = "{\"error\":{\"message\":\"refused\"}}", string? retryAfter = null) =>
        _failures.Enqueue((status, body, retryAfter));

    /// <summary>Answer vectors base64-encoded, as OpenAI does when asked.</summary>
    public bool AnswerInBase64 { get; set; }

    /// <summary>The vector this server's model gives <paramref name="text"/>.</summary>
    public static float[] Embed(string text)
    {
        var vector = new float[Concepts.Length + 1];
        for (var i = 0; i < Concepts.Length; i++)
            vector[i] = Concepts[i].Count(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));
        vector[^1] = 0.1f;
        return vector;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = JsonNode.Parse(await reader.ReadToEndAsync()) ?? new JsonObject();
        Requests.Enqueue((context.Request.Url!.PathAndQuery, (WebHeaderCollection)context.Request.Headers, body));
        string answer;
        if (_failures.TryDequeue(out var failure))
        {
            context.Response.StatusCode = failure.Status;
            if (failure.RetryAfter is not null)
                context.Response.AddHeader("Retry-After", failure.RetryAfter);
            answer = failure.Body;
        }
        else
        {
            var input = body["input"] as JsonArray ?? [];
            var data = new JsonArray();
            for (var i = 0; i < input.Count; i++)
            {
                var vector = Embed(input[i]!.GetValue<string>());
                JsonNode embedding = AnswerInBase64
                    ? JsonValue.Create(Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray()))
                    : new JsonArray([.. vector.Select(x => JsonValue.Create(x))]);
                data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
            }
            answer = new JsonObject { ["object"] = "list", ["data"] = data, ["model"] = body["model"]?.GetValue<string>() ?? "deployment" }.ToJsonString();
        }
        var bytes = Encoding.UTF8.GetBytes(answer);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_stop.IsCancellationRequested)
            return;
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
