namespace Assistant.Indexer;

/// <summary>The indexer's exit codes.</summary>
internal static class ExitCodes
{
    public const int Done = 0;
    public const int Failure = 1;
    public const int BadArguments = 2;
}
