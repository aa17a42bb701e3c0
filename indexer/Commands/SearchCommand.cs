using System.CommandLine;
using System.Text.Json;
using Assistant.Indexer.Embeddings;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Search;
using Spectre.Console;

namespace Assistant.Indexer.Commands;

/// <summary><c>indexer search --index DIR [--k 10] [--json] [--expansion "terms"] [--embeddings URL --embeddings-model NAME]
/// "question"</c></summary>
internal sealed class SearchCommand(IndexerConsole console, IndexerServices services)
{
    public Command Create()
    {
        var index = CommonOptions.Index();
        var k = new Option<int>("--k") { Description = "How many articles to show", DefaultValueFactory = _ => 10 };
        var json = CommonOptions.Json();
        var expansion = new Option<string?>("--expansion")
        {
            Description = "Terms written for the question, as the bot's model would write them (e.g. \"经济补偿；解除劳动合同\")",
        };
        var question = new Argument<string>("question") { Description = "The question, in Chinese or English" };
        var embeddings = CommonOptions.Embeddings();
        var command = new Command("search", "Search the index as the bot would") { index, k, json, expansion, question };
        embeddings.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(index)!, result.GetValue(k), result.GetValue(json), result.GetValue(expansion),
            result.GetValue(question) ?? string.Empty, embeddings.Read(result, services.EmbeddingsApiKey), cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(
        string indexPath, int k, bool json, string? expansion, string question, EmbeddingServiceOptions? embeddings,
        CancellationToken cancellationToken)
    {
        if (k is < 1 or > 1000)
            throw new BadArgumentException($"--k: {k} is outside 1–1000.");
        var location = CommonOptions.ExistingIndex(indexPath);
        using var analyzers = services.CreateAnalyzers();
        using var searcher = services.OpenSearcher(location, analyzers);
        float[]? vector = null;
        if (embeddings is not null)
        {
            using var client = services.CreateEmbeddingClient(embeddings);
            var questions = new QuestionVectors(client.Embedder);
            var dimensions = questions.CheckIndex(searcher, location);
            vector = (await questions.EmbedAsync([question], dimensions, cancellationToken))[0];
        }
        var result = searcher.Search(new SearchRequest(question, k, Expansion: expansion, QuestionVector: vector), cancellationToken);
        var reference = result.Reference is { } r ? $"{r.ShortTitle} {r.Number}" + (r.SubNumber > 0 ? $"-{r.SubNumber}" : "") : null;

        if (json)
        {
            var hits = result.Hits.Select((h, i) => new HitJson(
                i + 1, h.ArticleKey, h.DocumentTitle, h.Label, h.Chapter, float.IsInfinity(h.Score) ? -1 : Math.Round(h.Score, 4),
                h.Status.ToString(), h.Text, h.HighlightedTerms, h.CitedBy, h.Cites.Count > 0 ? h.Cites : null)).ToList();
            console.WriteRaw(JsonSerializer.Serialize(new SearchJson(
                question, result.QuestionLanguage.ToString(), result.Support.Level.ToString(), Math.Round(result.Support.Coverage, 3),
                result.Support.Reason, reference, hits), IndexerJson.Context.SearchJson));
            return ExitCodes.Done;
        }

        var table = new Table().AddColumns("#", "Article", "Score", "Text");
        foreach (var (hit, rank) in result.Hits.Select((h, i) => (h, i + 1)))
        {
            var status = hit.Status == Knowledge.Documents.DocumentStatus.Current ? string.Empty : $" [grey]({hit.Status})[/]";
            // An article a guide section brought in says so: its words may not be the question's.
            var cited = hit.CitedBy is null ? string.Empty : $" [grey](cited by {Markup.Escape(hit.CitedBy)})[/]";
            var text = hit.Text.Length > 160 ? hit.Text[..160] + "…" : hit.Text;
            table.AddRow(
                new Markup(rank.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(Markup.Escape(hit.ArticleKey) + status + cited),
                new Markup(hit.IsExactReference ? "exact" : hit.Score.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(Markup.Escape(text)));
        }
        console.Out.Write(table);
        console.Out.MarkupLineInterpolated(
            $"Support: [bold]{result.Support.Level}[/] (coverage {result.Support.Coverage:P0}, {result.Support.Reason}); language {result.QuestionLanguage}; generation {result.Generation}");
        if (embeddings is not null)
            console.Out.MarkupLineInterpolated($"Ranked with the question's vector from [green]{embeddings.Model}[/].");
        return ExitCodes.Done;
    }
}
