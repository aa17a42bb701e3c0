namespace Assistant.Knowledge.Documents;

/// <summary>What kind of legal or union text a document is. Drives filters and the labels shown to workers.</summary>
public enum DocumentKind
{
    /// <summary>A law of the National People's Congress or its Standing Committee (the Constitution included).</summary>
    Law,
    /// <summary>A State Council administrative regulation (条例, 规定 issued by the State Council).</summary>
    AdministrativeRegulation,
    /// <summary>A judicial interpretation of the Supreme People's Court or Procuratorate.</summary>
    JudicialInterpretation,
    /// <summary>A rule of a ministry or commission (部门规章).</summary>
    DepartmentalRule,
    /// <summary>A regulation of a province or city (地方性法规, 地方政府规章).</summary>
    LocalRegulation,
    /// <summary>A rule of the union (the enterprise union's own rules, ACFTU rules).</summary>
    UnionRule,
    /// <summary>A company's own policy or a collective contract.</summary>
    CompanyPolicy,
    /// <summary>A plain-language guide or FAQ written to explain rights.</summary>
    Guide,
    /// <summary>Any other normative document (standards, notices).</summary>
    Other,
}
