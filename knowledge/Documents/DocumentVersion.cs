namespace Assistant.Knowledge.Documents;

/// <summary>Which amendment a version of a law carries, as citations name it: <c>（2012年修正）</c>, <c>（2010年修订）</c>.</summary>
/// <param name="Year">The year of the amending decision.</param>
/// <param name="Kind">A 修正 (amended by a decision) or a 修订 (revised as a whole).</param>
public sealed record DocumentVersion(int Year, AmendmentKind Kind);

/// <summary>How a version came about.</summary>
public enum AmendmentKind
{
    /// <summary>修正: amended article by article by a decision.</summary>
    Amended,
    /// <summary>修订: revised and republished as a whole.</summary>
    Revised,
}
