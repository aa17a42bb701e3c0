namespace Assistant.Knowledge.Sources;

/// <summary>Progress of a load, reported after each file.</summary>
/// <param name="FilesDone">Files finished so far.</param>
/// <param name="FilesTotal">Files to read in all.</param>
/// <param name="CurrentPath">The file just finished.</param>
public sealed record LoadProgress(int FilesDone, int FilesTotal, string CurrentPath);
