namespace Assistant.Indexer;

/// <summary>An argument is wrong (exit code 2); the message names the argument or the path.</summary>
internal sealed class BadArgumentException(string message) : Exception(message);
