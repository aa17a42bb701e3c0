namespace Assistant.Indexer;

/// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>), so counts add up without a sync context.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly System.Threading.Lock _gate = new();

    public void Report(T value)
    {
        lock (_gate)
            report(value);
    }
}
