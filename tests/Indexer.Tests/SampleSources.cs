namespace Assistant.Indexer.Tests;

/// <summary>A temp folder with a small statute in the corpus's Markdown layout, a guide, and a qrels file.</summary>
internal sealed class SampleSources : IDisposable
{
    public SampleSources()
    {
        Root = Path.Combine(Path.GetTempPath(), "assistant-indexer-tests", Guid.NewGuid().ToString("N"));
        Sources = Path.Combine(Root, "sources");
        Index = Path.Combine(Root, "index");
        Directory.CreateDirectory(Path.Combine(Sources, "社会法"));
        File.WriteAllText(Path.Combine(Sources, "社会法", "劳动合同法(2012-12-28).md"), """
            # 中华人民共和国劳动合同法

            2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过

            <!-- INFO END -->

            ## 第四章 劳动合同的解除和终止

            第三十七条 劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同。劳动者在试用期内提前三日通知用人单位，可以解除劳动合同。

            第四十七条 经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。

            六个月以上不满一年的，按一年计算；不满六个月的，向劳动者支付半个月工资的经济补偿。

            第八十二条 用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。

            """);
        File.WriteAllText(Path.Combine(Sources, "社会法", "劳动法(2018-12-29).md"), """
            # 中华人民共和国劳动法

            <!-- INFO END -->

            ## 第四章 工作时间和休息休假

            第四十四条 安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；休息日安排劳动者工作又不能安排补休的，支付不低于工资的百分之二百的工资报酬；法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬。

            第四十五条 国家实行带薪年休假制度。劳动者连续工作一年以上的，享受带薪年休假。

            """);
        Qrels = Path.Combine(Root, "qrels.jsonl");
        File.WriteAllLines(Qrels,
        [
            """{"id": 1, "query": "经济补偿怎么计算", "relevant": ["劳动合同法#第四十七条"], "labor": true}""",
            """{"id": 2, "query": "法定休假日加班工资是多少", "relevant": ["劳动法#第四十四条"], "labor": true}""",
            """{"id": 3, "query": "辞职要提前多少天通知", "relevant": ["劳动合同法#第三十七条"], "labor": true}""",
            """{"id": 4, "query": "个体工商户的债务谁来还", "relevant": ["民法典#第五十六条"], "labor": false}""",
        ]);
    }

    public string Root { get; }
    public string Sources { get; }
    public string Index { get; }
    public string Qrels { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
