namespace Assistant.Bench.TurnLoad;

/// <summary>What to run: where the bot is, how many conversations, how many turns each, which questions.</summary>
internal sealed record TurnLoadOptions(Uri Bot, int Conversations, int Turns, string QuestionsFile, TimeSpan TurnTimeout, int? BotPid, bool Json)
{
    public static TurnLoadOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }
        var questions = Value("--questions") ?? throw new ArgumentException("--questions FILE (qrels JSON Lines or one question per line) is required");
        return new TurnLoadOptions(
            new Uri(Value("--bot") ?? "http://127.0.0.1:3978"),
            int.Parse(Value("--conversations") ?? "100", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--turns") ?? "10", System.Globalization.CultureInfo.InvariantCulture),
            questions,
            TimeSpan.FromSeconds(double.Parse(Value("--timeout") ?? "15", System.Globalization.CultureInfo.InvariantCulture)),
            Value("--bot-pid") is { } pid ? int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture) : null,
            args.Contains("--json"));
    }
}
