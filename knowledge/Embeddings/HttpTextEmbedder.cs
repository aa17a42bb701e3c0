using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assistant.Knowledge.Embeddings;

/// <summary>
/// The embeddings API over our own HttpClient: one POST per batch, floats asked for explicitly (several on-premises
/// servers do not implement the base64 encoding the OpenAI SDKs ask for by default). A busy service (429, 503) is
/// retried up to <c>maxAttempts</c> times after the wait it names; anything else fails at once with a message that names
/// the service and its answer, never the texts.
/// </summary>
public sealed class HttpTextEmbedder : ITextEmbedder
{
    private static readonly TimeSpan DefaultRetryWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestRetryWait = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http;
    private readonly EmbeddingServiceOptions _options;
    private readonly TimeProvider _time;
    private readonly int _maxAttempts;
    private readonly Uri _requestUri;
    private readonly TimeSpan _timeout;
    // The service as messages name it: the address without the query, which may carry an API version, never a key.
    private readonly string _where;

    /// <summary>Creates the client; <paramref name="http"/> stays the caller's.</summary>
    public HttpTextEmbedder(HttpClient http, EmbeddingServiceOptions options, TimeProvider time, int maxAttempts = 1)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == EmbeddingProvider.None)
            throw new ArgumentException("An embedding provider is required.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _http = http;
        _options = options;
        _time = time;
        _maxAttempts = maxAttempts;
        _requestUri = options.RequestUri;
        _timeout = options.Timeout ?? TimeSpan.FromSeconds(60);
        _where = _requestUri.GetLeftPart(UriPartial.Path);
    }

    /// <inheritdoc />
    public string Model => _options.Model;

    /// <inheritdoc />
    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
            return [];
        var body = RequestBody(texts);
        for (var attempt = 1; ; attempt++)
        {
            using var response = await SendAsync(body, cancellationToken);
            if (response.IsSuccessStatusCode)
                return await ReadVectorsAsync(response, texts.Count, cancellationToken);
            var busy = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;
            if (!busy || attempt >= _maxAttempts)
                throw new EmbeddingServiceException(await FailureAsync(response, cancellationToken));
            await Task.Delay(RetryWait(response), _time, cancellationToken);
        }
    }

    private byte[] RequestBody(IReadOnlyList<string> texts)
    {
        var request = new JsonObject
        {
            ["input"] = new JsonArray([.. texts.Select(t => JsonValue.Create(t))]),
            ["encoding_format"] = "float",
        };
        if (_options.Provider == EmbeddingProvider.OpenAICompatible)
            request["model"] = _options.Model;
        return JsonSerializer.SerializeToUtf8Bytes(request);
    }

    private async Task<HttpResponseMessage> SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _requestUri)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            if (_options.Provider == EmbeddingProvider.AzureOpenAI)
                request.Headers.Add("api-key", _options.ApiKey);
            else
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EmbeddingServiceException($"The embedding service at {_where} did not answer within {_timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException e)
        {
            throw new EmbeddingServiceException($"The embedding service at {_where} cannot be reached: {e.Message}", e);
        }
    }

    private async Task<IReadOnlyList<float[]>> ReadVectorsAsync(HttpResponseMessage response, int expected, CancellationToken cancellationToken)
    {
        JsonNode? answer;
        try
        {
            answer = JsonNode.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        }
        catch (JsonException e)
        {
            throw new EmbeddingServiceException($"The embedding service at {_where} answered with something that is not JSON.", e);
        }
        if (answer?["data"] is not JsonArray data || data.Count != expected)
            throw new EmbeddingServiceException($"The embedding service at {_where} returned {(answer?["data"] as JsonArray)?.Count ?? 0} vectors for {expected} texts.");

        var vectors = new float[expected][];
        foreach (var item in data)
        {
            var index = item?["index"]?.GetValue<int>() ?? -1;
            if (index < 0 || index >= expected || vectors[index] is not null)
                throw new EmbeddingServiceException($"The embedding service at {_where} returned vectors with missing or repeated indexes.");
            vectors[index] = item!["embedding"] switch
            {
                JsonArray numbers => [.. numbers.Select(n => n?.GetValue<float>() ?? float.NaN)],
                JsonValue encoded when encoded.TryGetValue<string>(out var base64) => FromBase64(base64),
                _ => throw new EmbeddingServiceException($"The embedding service at {_where} returned an item without an embedding."),
            };
        }
        var dimensions = vectors[0].Length;
        if (dimensions == 0 || vectors.Any(v => v.Length != dimensions || v.Any(x => !float.IsFinite(x))))
            throw new EmbeddingServiceException($"The embedding service at {_where} returned empty, unequal or non-finite vectors.");
        return vectors;
    }

    private float[] FromBase64(string encoded)
    {
        try
        {
            var bytes = Convert.FromBase64String(encoded);
            var vector = new float[bytes.Length / sizeof(float)];
            Buffer.BlockCopy(bytes, 0, vector, 0, vector.Length * sizeof(float));
            return vector;
        }
        catch (FormatException e)
        {
            throw new EmbeddingServiceException($"The embedding service at {_where} returned an embedding that is neither numbers nor base64.", e);
        }
    }

    private async Task<string> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var detail = string.Empty;
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            detail = JsonNode.Parse(text)?["error"] switch
            {
                JsonObject error => error["message"]?.ToString() ?? string.Empty,
                JsonValue message => message.ToString(),
                _ => string.Empty,
            };
        }
        catch (JsonException)
        {
            // Not every server answers an error with JSON; the status says enough.
        }
        if (detail.Length > 200)
            detail = detail[..200] + "…";
        var hint = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => " Check the API key.",
            HttpStatusCode.NotFound => $" Check the endpoint and the model or deployment name '{_options.Model}'.",
            _ => string.Empty,
        };
        return $"The embedding service at {_where} answered {(int)response.StatusCode} {response.ReasonPhrase}" +
               (detail.Length > 0 ? $": {detail}." : ".") + hint;
    }

    private TimeSpan RetryWait(HttpResponseMessage response)
    {
        var wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - _time.GetUtcNow(),
            _ => DefaultRetryWait,
        };
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestRetryWait ? LongestRetryWait : wait;
    }
}
