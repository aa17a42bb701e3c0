using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assistant.Bot.Tests.Handoff;

/// <summary>The words kept for the officers' channel thread, in the real SQLite file (the thread records: Storage/OfficerThreadStoreContract).</summary>
public sealed class OfficerThreadStoreTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>, IDisposable
{
    private readonly HandoffHarness _rig = new(index);

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task The_employee_words_kept_for_the_thread_are_purged_with_the_transcript()
    {
        var opened = await _rig.OpenAsync();
        await _rig.Cases.ClaimAsync(_rig.Officer("wangli"), opened.Id, CancellationToken.None);
        await _rig.SayAsync("公司三个月没发加班费了");
        await _rig.Outbox.DispatchDueAsync(CancellationToken.None);
        Assert.Contains(_rig.Notifier.Notices, n => n.Event == CaseActions.EmployeeMessage && n.Text == "公司三个月没发加班费了");
        await _rig.SayAsync("结束");
        await _rig.PressAsync(Assistant.Bot.Replies.CardActions.RateCase,
            new() { ["caseId"] = opened.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["score"] = "5" });
        await _rig.Outbox.DispatchDueAsync(CancellationToken.None);

        var purged = await _rig.Store.PurgeTranscriptsAsync(_rig.Time.GetUtcNow().AddMinutes(1), _rig.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(1, purged);
        using var connection = new SqliteConnection("Data Source=" + _rig.DatabasePath);
        Assert.Empty(connection.Query<string>("SELECT text FROM handoff_outbox WHERE case_id = @id AND text IS NOT NULL", new { id = opened.Id }));
    }
}
