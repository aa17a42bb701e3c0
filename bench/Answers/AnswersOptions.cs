namespace Assistant.Bench.Answers;

/// <summary>The command line: the questions, the index (or none: the bundled knowledge), where to write each answer.</summary>
internal sealed record AnswersOptions(string Qrels, string? Index, string? Out)
{
    public static AnswersOptions Parse(string[] args)
    {
        string? qrels = null, index = null, output = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--qrels": qrels = value; i++; break;
                case "--index": index = value; i++; break;
                case "--out": output = value; i++; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return new AnswersOptions(qrels ?? throw new ArgumentException("--qrels FILE is required"), index, output);
    }
}
