using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Tests.Channels.DirectLine;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Storage.Support;
using Assistant.Bot.Tests.Support;
using Dapper;
using Npgsql;

namespace Assistant.Bot.Tests.Storage;

/// <summary>
/// Scale-out: two real bot processes on one PostgreSQL database, as behind a load balancer. The employee's WebSocket
/// is held by A; B takes some of the employee's requests and the officer's; both dispatch the outbox. An officer's
/// cookie from one is good on the other (the Data Protection key ring is in the database).
/// </summary>
public sealed class TwoInstancesTests(PostgresDatabaseFixture database, SampleIndexFixture index)
    : IClassFixture<PostgresDatabaseFixture>, IClassFixture<SampleIndexFixture>, IRunsOnPostgres
{
    // Shorter than the socket's 15 s keep-alive poll: what arrives in time was woken by the other instance's NOTIFY.
    private static readonly TimeSpan Woken = TimeSpan.FromSeconds(10);
    private static readonly string[] OfficerTexts = ["请带上工资条", "我们周三在工会办公室", "加班费会按规定补发", "如有疑问请再联系", "祝好"];

    [StoreFact]
    public async Task A_conversation_and_a_case_move_between_two_instances_and_every_reply_arrives_once()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:PostgreSql:ConnectionString"] = database.ConnectionString,
            ["DirectLine:TokenSigningKey"] = "two-instances-test-signing-key-0123456789",
            ["Knowledge:IndexPath"] = Path.Combine(index.Folder, "index"),
            ["Handoff:OutboxIntervalSeconds"] = "1",
        };
        await using var a = await BotProcess.StartAsync(settings, TimeSpan.FromSeconds(90));
        await using var b = await BotProcess.StartAsync(settings, TimeSpan.FromSeconds(90));
        using var httpA = a.Client();
        using var httpB = b.Client();
        var onA = new DirectLineClient(httpA);
        var onB = new DirectLineClient(httpB);

        // Started on A, the socket on A; a question sent to B is answered into A's socket.
        var grant = await onA.StartedAsync();
        await using var socket = await ActivityStream.ConnectAsync(a.Address, grant.ConversationId, grant.Token);
        await socket.WaitForAsync(all => all.Any(IsBotMessage), Woken, "the welcome");
        Assert.Equal(HttpStatusCode.OK, (await onB.MessageAsync(grant, "加班费怎么算", "m-1")).StatusCode);
        await socket.WaitForAsync(all => BotMessagesAfter(all, "加班费怎么算") > 0, Woken, "B's answer on A's socket");
        Assert.Contains(socket.Activities, x => x.GetProperty("type").GetString() == "typing");

        // The case is opened through A.
        Assert.Equal(HttpStatusCode.OK, (await onA.MessageAsync(grant, "转人工", "m-2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onA.PostActivityAsync(grant.ConversationId, grant.Token, JsonSerializer.Serialize(new
        {
            type = "message",
            from = new { id = "r_page", role = "user" },
            value = new { action = "openCase", identity = "anonymous", reason = "Requested" },
        }))).StatusCode);

        // An officer claims and answers it through B's officer API.
        using var officer = b.Client(cookies: true);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/officer/login", new { id = "huangtao", password = SampleGrid.Password })).StatusCode);
        var listed = await officer.GetFromJsonAsync<JsonElement>("/api/officer/cases?status=queued");
        var caseId = Assert.Single(listed.GetProperty("cases").EnumerateArray()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync(new Uri($"/api/officer/cases/{caseId}/claim", UriKind.Relative), null)).StatusCode);
        foreach (var text in OfficerTexts)
            Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/officer/cases/{caseId}/messages", new { text })).StatusCode);

        // Every officer message reaches A's socket, in order; once the outbox is drained none came twice.
        await socket.WaitForAsync(all => OfficerTexts.All(t => all.Any(x => Contains(x, t))), Woken, "the officer's messages on A's socket");
        await WaitUntilOutboxDrainedAsync(TimeSpan.FromSeconds(30));
        var received = socket.Activities.Where(IsBotMessage).Select(ActivityStream.Text).ToList();
        var history = (await onB.ActivitiesAsync(grant.ConversationId, grant.Token)).Activities.Where(IsBotMessage).Select(ActivityStream.Text).ToList();
        foreach (var text in OfficerTexts)
        {
            Assert.Single(received, r => r.Contains(text, StringComparison.Ordinal));
            Assert.Single(history, h => h.Contains(text, StringComparison.Ordinal));
        }
        Assert.Equal(OfficerTexts, received.Where(r => OfficerTexts.Any(t => r.Contains(t, StringComparison.Ordinal)))
            .Select(r => OfficerTexts.First(t => r.Contains(t, StringComparison.Ordinal))));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        var rows = (await connection.QueryAsync<(long Attempts, string? LeasedUntil)>("SELECT attempts, leased_until FROM handoff_outbox")).ToList();
        Assert.True(rows.Count >= OfficerTexts.Length + 1);
        Assert.All(rows, row => Assert.Equal((1L, (string?)null), row));
    }

    [StoreFact]
    public async Task An_officer_signed_in_on_one_instance_is_signed_in_on_the_other()
    {
        // Each process gets a home of its own, so the framework's default key folder (~/.aspnet) is not what they share.
        // Deleted after both processes have stopped.
        using (var homes = new TempFolder(create: false))
        {
            await using var a = await BotProcess.StartAsync(OfficerSettings(homes.Combine("a")), TimeSpan.FromSeconds(90));
            await using var b = await BotProcess.StartAsync(OfficerSettings(homes.Combine("b")), TimeSpan.FromSeconds(90));
            using var httpA = a.Client();
            using var httpB = b.Client();

            var cookie = await OfficerCookie.SignInAsync(httpA, "huangtao");

            Assert.Equal((HttpStatusCode.OK, "huangtao"), await OfficerCookie.MeAsync(httpB, cookie));
            Assert.Equal((HttpStatusCode.Unauthorized, (string?)null), await OfficerCookie.MeAsync(httpB, cookie: null));
            // One key ring in the database, both instances on it.
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM data_protection_key") >= 1);
        }
    }

    private Dictionary<string, string?> OfficerSettings(string home)
    {
        Directory.CreateDirectory(home);
        return new()
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:PostgreSql:ConnectionString"] = database.ConnectionString,
            ["DirectLine:TokenSigningKey"] = "two-instances-test-signing-key-0123456789",
            ["Knowledge:IndexPath"] = Path.Combine(index.Folder, "index"),
            // BotProcess passes settings as environment variables: this one moves the default key folder.
            ["HOME"] = home,
        };
    }

    private async Task WaitUntilOutboxDrainedAsync(TimeSpan timeout)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        var deadline = DateTime.UtcNow + timeout;
        while (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM handoff_outbox WHERE delivered_at IS NULL") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The outbox was not delivered in time.");
            await Task.Delay(100);
        }
    }

    private static bool IsBotMessage(JsonElement activity) =>
        activity.GetProperty("type").GetString() == "message" && activity.GetProperty("from").GetProperty("role").GetString() == "bot";

    private static bool Contains(JsonElement activity, string text) => IsBotMessage(activity) && ActivityStream.Text(activity).Contains(text, StringComparison.Ordinal);

    private static int BotMessagesAfter(IReadOnlyList<JsonElement> all, string userText)
    {
        var asked = all.ToList().FindIndex(x => x.GetProperty("from").GetProperty("role").GetString() == "user" && ActivityStream.Text(x) == userText);
        return asked < 0 ? 0 : all.Skip(asked + 1).Count(IsBotMessage);
    }
}
