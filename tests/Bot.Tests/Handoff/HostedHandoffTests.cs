using Assistant.Bot.Handoff;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Officers.SignIn;
using Assistant.Bot.Handoff.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Bot.Tests.Handoff;

/// <summary>The handoff as the host runs it: the escalation service ticking on the TimeProvider, options checked at start.</summary>
public sealed class HostedHandoffTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_hosted_escalation_service_ticks_on_the_time_provider_and_the_next_level_is_told()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var app = new HandoffApp(_folder.Combine("assistant.db"), time);
        var opened = await app.OpenAsync("c-hosted", SampleGrid.PowerPlantTeam, anonymous: true);
        await app.Notifier.WaitForAsync(n => n.CaseId == opened.Id && n.Event == CaseActions.Opened);

        time.Advance(TimeSpan.FromMinutes(61));

        var notice = await app.Notifier.WaitForAsync(n => n.CaseId == opened.Id && n.Event == CaseActions.Escalated);
        Assert.Equal(1, notice.Level);
        Assert.Equal(["sunwei"], notice.OfficerIds);
    }

    [Fact]
    public async Task The_bot_does_not_start_with_an_officer_account_without_a_password_hash()
    {
        await using var app = new HandoffApp(_folder.Combine("assistant.db"), settings: new() { ["Handoff:Grid:Officers:0:PasswordHash"] = "" });

        var failure = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<CaseRouter>());
        Assert.Contains("wangli", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grid_is_checked_for_levels_duplicate_officers_and_unknown_levels()
    {
        var options = SampleGrid.Options();
        options.Grid.Officers.Add(new GridOfficer { Id = "wangli", Name = "重复", Level = 7, Branch = "x", PasswordHash = "plain" });

        var result = new HandoffOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("used more than once", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Level 7", StringComparison.Ordinal));
    }

    [Fact]
    public void Passwords_verify_only_against_their_own_hash()
    {
        var hash = OfficerPasswords.Hash("s3cret-开门");

        Assert.True(OfficerPasswords.Verify("s3cret-开门", hash));
        Assert.False(OfficerPasswords.Verify("s3cret", hash));
        Assert.False(OfficerPasswords.Verify("s3cret-开门", "pbkdf2-sha256$1$AAAA$AAAA"));
        Assert.DoesNotContain("s3cret", hash, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
