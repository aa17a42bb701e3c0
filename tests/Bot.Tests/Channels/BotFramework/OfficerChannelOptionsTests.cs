using System.ComponentModel.DataAnnotations;
using Assistant.Bot.Channels.BotFramework;
using Assistant.Bot.Tests.Handoff.Support;

namespace Assistant.Bot.Tests.Channels.BotFramework;

/// <summary>Branch channels of the officers' Teams channel: where a case's thread goes, and the settings refused at start.</summary>
public sealed class OfficerChannelOptionsTests
{
    private const string Main = "19:officers@thread.tacv2";
    private const string Repair = "19:repair@thread.tacv2";

    [Fact]
    public void A_branch_with_a_channel_gets_it_and_every_other_case_the_officers_channel()
    {
        var options = Configured(new BranchOfficerChannel { Branch = "检修公司分工会", ChannelId = Repair });

        Assert.Equal(Repair, options.ChannelFor("检修公司分工会"));
        Assert.Equal(Main, options.ChannelFor(SampleGrid.PowerPlantBranch));
        Assert.Equal(Main, options.ChannelFor(null));
    }

    [Fact]
    public void An_incomplete_or_repeated_branch_entry_is_refused()
    {
        var options = Configured(
            new BranchOfficerChannel { Branch = "检修公司分工会", ChannelId = "" },
            new BranchOfficerChannel { Branch = SampleGrid.PowerPlantBranch, ChannelId = Repair },
            new BranchOfficerChannel { Branch = SampleGrid.PowerPlantBranch, ChannelId = Main });

        var errors = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Branches:0 needs both Branch and ChannelId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ErrorMessage!.Contains($"'{SampleGrid.PowerPlantBranch}' more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_branch_the_grid_does_not_know_is_refused_by_name()
    {
        var validator = new OfficerChannelBranchesValidator(Microsoft.Extensions.Options.Options.Create(SampleGrid.Options()));

        var typo = validator.Validate(null, Configured(new BranchOfficerChannel { Branch = "检修分工会", ChannelId = Repair }));
        var known = validator.Validate(null, Configured(new BranchOfficerChannel { Branch = "检修公司分工会", ChannelId = Repair }));

        Assert.True(typo.Failed);
        Assert.Contains("Branches:0:Branch '检修分工会' is not a branch of Handoff:Grid", typo.FailureMessage, StringComparison.Ordinal);
        Assert.True(known.Succeeded);
    }

    private static TeamsOfficerChannelOptions Configured(params BranchOfficerChannel[] branches) => new()
    {
        ServiceUrl = "https://smba.example/teams/", ChannelId = Main, TenantId = "tenant", Branches = [.. branches],
    };
}
