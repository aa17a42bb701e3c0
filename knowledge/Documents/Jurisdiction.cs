namespace Assistant.Knowledge.Documents;

/// <summary>Where a document applies.</summary>
public enum Jurisdiction
{
    /// <summary>The whole country.</summary>
    National,
    /// <summary>One province, autonomous region or municipality.</summary>
    Province,
    /// <summary>One city.</summary>
    City,
    /// <summary>One company or its union.</summary>
    Company,
}
