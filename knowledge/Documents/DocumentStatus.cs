namespace Assistant.Knowledge.Documents;

/// <summary>Whether a document's text is the version in force.</summary>
public enum DocumentStatus
{
    /// <summary>The version in force.</summary>
    Current,
    /// <summary>An earlier version of a text that has since been amended (superseded by a newer version).</summary>
    Amended,
    /// <summary>Repealed outright; kept for reference only.</summary>
    Repealed,
}
