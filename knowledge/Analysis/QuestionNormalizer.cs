using System.Globalization;
using System.Text;

namespace Assistant.Knowledge.Analysis;

/// <summary>
/// Strips a question down to the words that can match statute text and collects the glossary
/// words and statute terms it mentions.
/// </summary>
/// <remarks>
/// Glossary words are found first and are never touched by filler removal, so <c>打工的</c> and
/// <c>二倍的工资</c> survive although <c>的</c> is a filler. Immutable; one instance can serve all requests.
/// </remarks>
public sealed class QuestionNormalizer
{
    // Words that shape a question but never occur in the answer: polite openers, interrogatives,
    // A-not-A question forms, pronouns, modal and aspect particles. Longest match wins, so the
    // phrases are listed alongside their parts. Modal verbs on their own (可以, 能) stay: statutes
    // say 可以解除劳动合同 and the distinction matters to the reader, if not to ranking.
    private static string[] FillerWords() =>
    [
        // Openers and courtesy.
        "请问一下", "请问", "请教一下", "请教", "我想问一下", "我想问", "想问一下", "想问", "问一下",
        "想咨询一下", "想咨询", "咨询一下", "咨询", "想知道", "请帮忙", "帮忙看看", "帮我看看",
        "你好", "您好", "谢谢", "麻烦",
        // Interrogatives.
        "怎么办", "咋办", "怎么样", "怎么", "怎样", "咋样", "咋", "如何", "什么", "啥", "为什么", "为啥",
        "谁", "哪些", "哪个", "哪里", "哪儿", "哪", "多少", "多久", "多长时间", "几",
        // A-not-A and tag questions.
        "是否", "是不是", "有没有", "能不能", "能否", "可不可以", "可以吗", "行不行", "会不会",
        "要不要", "该不该", "应不应该", "算不算", "对不对", "好不好",
        // Pronouns and demonstratives.
        "我们", "我", "你们", "你", "您", "他们", "他", "她们", "她", "它", "自己",
        "这个", "那个", "这样", "那样", "这么", "那么",
        // Modal and aspect particles.
        "吗", "呢", "吧", "啊", "呀", "嘛", "哦", "哈", "啦", "呗", "哇", "喔", "嗯", "么", "了", "的", "一下",
    ];

    private readonly Glossary _glossary;
    private readonly GlossaryMatcher _fillers = new(FillerWords());

    /// <summary>Creates a normalizer that protects and reports the words of <paramref name="glossary"/>.</summary>
    /// <param name="glossary">The glossary.</param>
    public QuestionNormalizer(Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _glossary = glossary;
    }

    /// <summary>Normalizes a question. Never throws on any text, of any length.</summary>
    /// <param name="question">The question as the worker typed it.</param>
    /// <returns>The normalized question.</returns>
    public NormalizedQuestion Normalize(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var language = LanguageDetector.Detect(question);
        var folded = TextFolding.Fold(question);
        var matches = FindGlossaryWords(folded);

        var words = new List<string>();
        var seenWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, length) in matches)
        {
            var word = folded.Substring(start, length);
            if (seenWords.Add(word))
            {
                words.Add(word);
            }
        }

        var expansions = new List<string>();
        var seenExpansions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var term in _glossary.StatuteTermsFor(word))
            {
                if (!seenWords.Contains(term) && seenExpansions.Add(term))
                {
                    expansions.Add(term);
                }
            }
        }

        return new NormalizedQuestion(StripFillers(folded, matches), language, words.AsReadOnly(), expansions.AsReadOnly());
    }

    private List<(int Start, int Length)> FindGlossaryWords(string folded)
    {
        var matches = new List<(int Start, int Length)>();
        var previous = '\0';
        var i = 0;
        while (i < folded.Length)
        {
            var length = _glossary.Matcher.Match(folded.AsSpan(i), previous);
            if (length > 0)
            {
                matches.Add((i, length));
                i += length;
            }
            else
            {
                i++;
            }

            previous = folded[i - 1];
        }

        return matches;
    }

    private string StripFillers(string folded, List<(int Start, int Length)> protectedWords)
    {
        var text = new StringBuilder(folded.Length);
        var next = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var protectedStart = next < protectedWords.Count ? protectedWords[next].Start : folded.Length;
            if (i == protectedStart)
            {
                var length = protectedWords[next].Length;
                text.Append(folded, i, length);
                i += length;
                next++;
                continue;
            }

            // A filler may not reach into a glossary word.
            var filler = _fillers.Match(folded.AsSpan(i, protectedStart - i), i == 0 ? '\0' : folded[i - 1]);
            if (filler > 0)
            {
                AppendSpace(text);
                i += filler;
                continue;
            }

            var status = Rune.DecodeFromUtf16(folded.AsSpan(i), out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done && IsWordRune(rune))
            {
                text.Append(folded, i, consumed);
            }
            else
            {
                AppendSpace(text);
            }

            i += Math.Max(consumed, 1);
        }

        return text.ToString().Trim();
    }

    private static bool IsWordRune(Rune rune) =>
        Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };

    private static void AppendSpace(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != ' ')
        {
            text.Append(' ');
        }
    }
}
