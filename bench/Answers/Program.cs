using System.Text.Json;
using Assistant.Bench.Answers;

// Asks every question of a qrels file as a worker would, through the bot's own answering (extractive, no model), and
// scores what the answer shows as law: recall@3 of the articles it quotes first, the share quoting a statute, the share
// quoting only articles that don't decide the question. Usage:
//   answers --qrels bench/eval/worker-battery.qrels.jsonl [--index DIR] [--out answers.jsonl]
// Without --index it builds the bundled knowledge (what a fresh install answers from) into a temp folder.
var options = AnswersOptions.Parse(args);
using var battery = await Battery.OpenAsync(options);
var report = await battery.RunAsync(CancellationToken.None);
Console.WriteLine(JsonSerializer.Serialize(report, AnswersJson.Default.BatteryReport));
