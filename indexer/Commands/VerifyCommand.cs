using System.CommandLine;
using System.Text.Json;
using Assistant.Knowledge.Indexing;
using Spectre.Console;

namespace Assistant.Indexer.Commands;

/// <summary><c>indexer verify --index DIR</c>: exit 0 when healthy, 1 with the problems listed otherwise.</summary>
internal sealed class VerifyCommand(IndexerConsole console, IndexerServices services)
{
    public Command Create()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("verify", "Check that the live index is complete and readable") { index, json };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(result.GetValue(index)!, result.GetValue(json), cancellationToken)));
        return command;
    }

    private int Run(string indexPath, bool json, CancellationToken cancellationToken)
    {
        var location = new IndexLocation(indexPath);
        if (!Directory.Exists(location.Root))
            throw new BadArgumentException($"--index: {location.Root} does not exist.");
        var report = new IndexVerifier().Verify(location, cancellationToken, services.LoadGlossary());
        foreach (var problem in report.Problems)
            console.Error.WriteLine($"problem: {problem}");
        foreach (var warning in report.Warnings)
            console.Error.WriteLine($"warning: {warning}");
        foreach (var citation in report.UnresolvedCitations)
            console.Error.WriteLine($"unresolved citation: {citation}");
        if (json)
        {
            console.WriteRaw(JsonSerializer.Serialize(
                new VerifyJson(
                    report.IsHealthy, report.Generation, report.Articles, report.Problems, report.Warnings,
                    report.UnresolvedCitations.Select(c => c.ToString()).ToList()),
                IndexerJson.Context.VerifyJson));
        }
        else if (report.IsHealthy)
        {
            console.Out.MarkupLineInterpolated($"[green]OK[/]: {location.Root} serves {report.Generation} with {report.Articles} articles.");
            if (report.UnresolvedCitations.Count > 0)
                console.Out.MarkupLineInterpolated($"[yellow]{report.UnresolvedCitations.Count} guide citation(s)[/] name no indexed article (listed above).");
        }
        else
        {
            console.Out.MarkupLineInterpolated($"[red]{report.Problems.Count} problem(s)[/] in {location.Root}.");
        }
        return report.IsHealthy ? ExitCodes.Done : ExitCodes.Failure;
    }
}
