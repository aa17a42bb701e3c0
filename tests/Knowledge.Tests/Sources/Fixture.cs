using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Tests.Sources;

/// <summary>Paths of the source fixtures and scratch directories for loader tests.</summary>
internal static class Fixture
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sources");

    public static string File(string name) => Path.Combine(Directory, name);

    /// <summary>What condolence-rules.fodt holds, as every reader of the formats saved from it must give it: Heading 1
    /// chapters, a table with a two-paragraph cell, a link's text, a line break, and not the tracked deletion.</summary>
    public static IReadOnlyList<TextBlock> CondolenceRulesBlocks { get; } =
    [
        new TextBlock("第一章 总则", 1),
        new TextBlock("第一条 会员结婚、生育、住院的，工会按照下表给予慰问。", 0),
        new TextBlock("事项 | 标准", 0),
        new TextBlock("结婚 | 五百元", 0),
        new TextBlock("住院 （三天以上） | 八百元", 0),
        new TextBlock("第二章 申请", 1),
        new TextBlock("第二条 会员生育的，慰问金为六百元。", 0),
        new TextBlock("第三条 申请慰问，填写慰问申请表，交所在分会。", 0),
        new TextBlock("分会应当在五个工作日内报送工会办公室。", 0),
    ];

    public static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
    }
}
