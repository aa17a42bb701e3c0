using Assistant.Bot.Conversations;
using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Policy;
using Assistant.Bot.Handoff.Cases;

namespace Assistant.Bench.CaseLoad;

/// <summary>
/// Writes realistic cases through the bot's own <see cref="SqlCaseStore"/> (one durable transaction per case, as
/// the bot writes them): the shipped sample grid's org units and branches, every status, levels 0–2, half anonymous,
/// a transcript of a few lines and the audit trail of the case's history, opened over the last 170 days. Deadlines of
/// open cases lie in the future so the bot's escalation sweep leaves them alone while it is measured; nothing is old
/// enough for the transcript purge.
/// </summary>
internal sealed class CaseSeeder(SqlCaseStore store, TimeProvider time)
{
    private static readonly (string? OrgUnit, string Branch, string[] Officers)[] Units =
    [
        ("发电一厂运行一值", "发电一厂分工会", ["wangli", "sunwei"]),
        ("发电一厂运行二值", "发电一厂分工会", ["zhaoqiang", "sunwei"]),
        ("检修公司电气班", "检修公司分工会", ["liuyang", "zhoumin"]),
        ("检修公司机务班", "检修公司分工会", ["chenjing", "zhoumin"]),
        (null, "公司工会", ["huangtao"]),
    ];

    private static readonly (CaseStatus Status, int Weight)[] Statuses =
    [
        (CaseStatus.Closed, 55), (CaseStatus.Resolved, 10), (CaseStatus.Active, 12), (CaseStatus.Assigned, 8),
        (CaseStatus.Queued, 10), (CaseStatus.Reopened, 5),
    ];

    private static readonly string[] Questions =
    [
        "公司拖欠了两个月工资，我该怎么办？", "加班费应该怎么算？周末加班公司只给调休", "试用期被辞退有没有经济补偿？",
        "劳动合同到期公司不续签，要给补偿吗？", "单位没有给我交社保，可以解除合同吗？", "年休假没休完，公司说作废了",
        "工伤认定需要哪些材料？", "被调岗降薪，我不同意怎么办？", "孕期被要求主动辞职", "夜班津贴被取消了",
    ];

    private static readonly string[] OfficerLines =
    [
        "您好，我是工会的，已经看到您的情况，请问具体是哪个月开始的？", "根据劳动合同法第三十条，用人单位应当及时足额支付劳动报酬。",
        "我们会和人力资源部沟通，三个工作日内给您答复。", "建议您保留工资条和考勤记录，必要时可以申请劳动仲裁。",
    ];

    private static readonly string[] EmployeeLines =
    [
        "从上个月开始的，班组里好几个人都一样。", "好的，谢谢，我把工资条拍给您。", "人力那边说是制度调整，我们没签字。", "明白了，等您消息。",
    ];

    /// <summary>Seeds <paramref name="count"/> cases; deterministic for a given <paramref name="seed"/>.</summary>
    public async Task SeedAsync(int count, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var now = time.GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            var (draft, change) = Case(i, random, now);
            await store.CreateAsync(draft, change, cancellationToken);
        }
    }

    private static (HandoffCase Draft, CaseChange Change) Case(int index, Random random, DateTimeOffset now)
    {
        var (orgUnit, branch, officers) = Units[random.Next(Units.Length)];
        var status = Pick(random);
        var level = orgUnit is null ? 2 : random.Next(10) switch { < 7 => 0, < 9 => 1, _ => 2 };
        if (status == CaseStatus.Reopened)
            level = Math.Min(level + 1, 2);
        var anonymous = random.Next(2) == 0;
        var label = anonymous ? $"匿名职工 #{random.Next(1000, 10000)}" : $"职工{index % 997:D3}";
        var officer = status is CaseStatus.Queued or CaseStatus.Reopened ? null : officers[random.Next(officers.Length)];
        // Open cases are recent; finished ones spread over the last 170 days (inside the 180-day transcript retention).
        var opened = now - TimeSpan.FromMinutes(officer is null || status is CaseStatus.Assigned or CaseStatus.Active
            ? random.Next(10, 60 * 24 * 14)
            : random.Next(60 * 24, 60 * 24 * 170));
        var question = Questions[random.Next(Questions.Length)];
        var at = opened;
        DateTimeOffset Later() => at += TimeSpan.FromMinutes(random.Next(5, 600));

        var audit = new List<CaseEvent> { new(0, opened, CaseActions.Employee, CaseActions.Opened, $"level={level} reason=Requested anonymous={anonymous}") };
        var transcript = new List<TranscriptEntry> { new(0, opened, TranscriptEntry.Employee, label, question) };
        if (officer is not null)
        {
            audit.Add(new(0, Later(), CaseActions.Officer(officer), CaseActions.Claimed, $"level={level}"));
            if (status != CaseStatus.Assigned)
            {
                for (var line = 0; line < random.Next(1, 3); line++)
                {
                    transcript.Add(new(0, Later(), TranscriptEntry.Officer, officer, OfficerLines[random.Next(OfficerLines.Length)]));
                    audit.Add(new(0, at, CaseActions.Officer(officer), CaseActions.OfficerMessage, "length=30"));
                    transcript.Add(new(0, Later(), TranscriptEntry.Employee, label, EmployeeLines[random.Next(EmployeeLines.Length)]));
                    audit.Add(new(0, at, CaseActions.Employee, CaseActions.EmployeeMessage, "length=16"));
                }
            }
            if (status is CaseStatus.Resolved or CaseStatus.Closed)
                audit.Add(new(0, Later(), CaseActions.Officer(officer), CaseActions.Resolved));
        }
        int? rating = null;
        if (status == CaseStatus.Closed || status == CaseStatus.Reopened)
        {
            rating = status == CaseStatus.Reopened ? random.Next(1, 3) : random.Next(3, 6);
            audit.Add(new(0, Later(), CaseActions.Employee, CaseActions.Rated, $"rating={rating}"));
            if (status == CaseStatus.Reopened)
                audit.Add(new(0, at, CaseActions.System, CaseActions.Reopened, $"level={level}"));
        }
        if (at > now)
            at = now;

        var waiting = status is CaseStatus.Queued or CaseStatus.Reopened;
        var draft = new HandoffCase(
            0, new ConversationAddress("webchat", $"seed-{index}"), anonymous, anonymous ? null : $"seed-user-{index}", label,
            orgUnit, branch, question, "question: " + question, ["劳动合同法#第三十条"], "zh", HandoffReason.Requested, status, level,
            officer, waiting ? now.AddDays(30) : null, status == CaseStatus.Assigned ? now.AddDays(30) : null, rating, null, false,
            opened, at, status is CaseStatus.Resolved or CaseStatus.Closed ? at : null, 0);
        return (draft, new CaseChange(audit, transcript));
    }

    private static CaseStatus Pick(Random random)
    {
        var roll = random.Next(Statuses.Sum(s => s.Weight));
        foreach (var (status, weight) in Statuses)
        {
            if (roll < weight)
                return status;
            roll -= weight;
        }
        return CaseStatus.Closed;
    }
}
