using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;

namespace Assistant.Bot.Generation;

/// <summary>Reads how long a throttled model service asks us to wait (<c>retry-after-ms</c>, <c>Retry-After</c>).</summary>
internal static class RetryAfter
{
    /// <summary>The wait the service asked for, when the failure carries its response; else null.</summary>
    public static TimeSpan? From(Exception exception, DateTimeOffset now)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is ClientResultException { } result && result.GetRawResponse() is { } response)
                return Parse(response.Headers, now);
        }

        return null;
    }

    private static TimeSpan? Parse(PipelineResponseHeaders headers, DateTimeOffset now)
    {
        if (headers.TryGetValue("retry-after-ms", out var milliseconds)
            && double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
            return TimeSpan.FromMilliseconds(ms);
        if (!headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
            return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
