namespace Assistant.Knowledge.Indexing;

/// <summary>A build could not start or finish; the previously published index is still live.</summary>
public sealed class IndexBuildException : Exception
{
    /// <summary>Creates the exception with a message naming what went wrong.</summary>
    public IndexBuildException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
