using Assistant.Bot.Handoff;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assistant.Bot.Tests.Handoff;

/// <summary>The case ↔ officers' channel thread records in the real SQLite file, and the words kept for the thread.</summary>
public sealed class OfficerThreadStoreTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private readonly HandoffHarness _rig = new(index);

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task A_case_keeps_its_first_thread_and_the_thread_is_found_by_its_conversation()
    {
        var threads = new SqliteOfficerThreadStore(new SqliteDatabase("Data Source=" + _rig.DatabasePath));
        Assert.Null(await threads.GetAsync(7, CancellationToken.None));
        Assert.Null(await threads.FindAsync("19:officers@thread.tacv2;messageid=1", CancellationToken.None));

        var first = await threads.AddAsync(new OfficerThread(7, "19:officers@thread.tacv2;messageid=1", "1", Now), CancellationToken.None);
        var second = await threads.AddAsync(new OfficerThread(7, "19:officers@thread.tacv2;messageid=2", "2", Now.AddMinutes(1)), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(first, await threads.GetAsync(7, CancellationToken.None));
        Assert.Equal(first, await threads.FindAsync("19:officers@thread.tacv2;messageid=1", CancellationToken.None));
        Assert.Null(await threads.FindAsync("19:officers@thread.tacv2;messageid=2", CancellationToken.None));
        // Another store on the same file (a restart) sees the same thread.
        var reopened = new SqliteOfficerThreadStore(new SqliteDatabase("Data Source=" + _rig.DatabasePath));
        Assert.Equal(first, await reopened.GetAsync(7, CancellationToken.None));
    }

    [Fact]
    public async Task The_employee_words_kept_for_the_thread_are_purged_with_the_transcript()
    {
        var opened = await _rig.OpenAsync();
        await _rig.Cases.ClaimAsync(_rig.Officer("wangli"), opened.Id, CancellationToken.None);
        await _rig.SayAsync("公司三个月没发加班费了");
        await _rig.Outbox.DispatchDueAsync(CancellationToken.None);
        Assert.Contains(_rig.Notifier.Notices, n => n.Event == CaseActions.EmployeeMessage && n.Text == "公司三个月没发加班费了");
        await _rig.SayAsync("结束");
        await _rig.PressAsync(Assistant.Bot.Conversations.CardActions.RateCase,
            new() { ["caseId"] = opened.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["score"] = "5" });
        await _rig.Outbox.DispatchDueAsync(CancellationToken.None);

        var purged = await _rig.Store.PurgeTranscriptsAsync(_rig.Time.GetUtcNow().AddMinutes(1), _rig.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(1, purged);
        using var connection = new SqliteConnection("Data Source=" + _rig.DatabasePath);
        Assert.Empty(connection.Query<string>("SELECT text FROM handoff_outbox WHERE case_id = @id AND text IS NOT NULL", new { id = opened.Id }));
    }
}
