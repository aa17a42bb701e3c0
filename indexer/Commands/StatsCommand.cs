using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Assistant.Indexer.Commands;

/// <summary><c>indexer stats --index DIR</c>: what the live generation holds.</summary>
internal sealed class StatsCommand(IndexerConsole console)
{
    public Command Create()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Show what the live index holds") { index, json };
        command.SetAction((result, _) => Task.FromResult(Run(result.GetValue(index)!, result.GetValue(json))));
        return command;
    }

    private int Run(string indexPath, bool json)
    {
        var location = CommonOptions.ExistingIndex(indexPath);
        var generation = location.ReadCurrentGeneration()!;
        var manifest = location.ReadManifest(generation)
            ?? throw new InvalidOperationException($"{location.GenerationPath(generation)} has no readable manifest; run 'indexer verify'.");
        var size = new DirectoryInfo(location.GenerationPath(generation)).EnumerateFiles().Sum(f => f.Length);
        var stats = new StatsJson(location.Root, generation, manifest.BuiltAt, manifest.Documents, manifest.Articles, size,
            manifest.Kinds, manifest.Languages, manifest.Statuses, location.ListGenerations(), EmbeddingsJson.Of(manifest.Embeddings));
        if (json)
        {
            console.WriteRaw(JsonSerializer.Serialize(stats, IndexerJson.Context.StatsJson));
            return ExitCodes.Done;
        }
        var table = new Table().AddColumns("", "");
        table.AddRow("Generation", Markup.Escape(generation));
        table.AddRow("Built", manifest.BuiltAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Sources", Markup.Escape(string.Join(", ", manifest.Sources)));
        table.AddRow("Documents", manifest.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Articles", manifest.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Size", $"{size / 1024.0 / 1024.0:F1} MiB");
        table.AddRow("Skipped files", manifest.SkippedFiles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Kinds", Markup.Escape(Describe(manifest.Kinds)));
        table.AddRow("Languages", Markup.Escape(Describe(manifest.Languages)));
        table.AddRow("Statuses", Markup.Escape(Describe(manifest.Statuses)));
        // Search and eval must be given this model with --embeddings-model: show it where the operator looks first.
        if (manifest.Embeddings is { } embeddings)
        {
            table.AddRow("Embeddings", Markup.Escape(
                $"{embeddings.Model}, {embeddings.Dimensions} dimensions, first {embeddings.MaxInputCharacters} characters of each article"));
        }
        table.AddRow("Generations on disk", Markup.Escape(string.Join(", ", location.ListGenerations())));
        console.Out.Write(table);
        return ExitCodes.Done;
    }

    private static string Describe(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"));
}
