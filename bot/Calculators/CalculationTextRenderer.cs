using System.Globalization;
using System.Resources;
using Assistant.Bot.Resources;
using Assistant.Knowledge.Parsing;

namespace Assistant.Bot.Calculators;

/// <summary>
/// Renders calculation results and input errors from <c>CalculatorText.resx</c> (English) and
/// <c>CalculatorText.zh-Hans.resx</c> (Chinese). Languages are the bot's codes <c>zh</c> and <c>en</c>; formats
/// (money to 0.01, dates) are in the resources, so each language writes numbers its own way.
/// </summary>
public sealed class CalculationTextRenderer
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");
    private readonly ResourceManager _resources = new("Assistant.Bot.Calculators.CalculatorText", typeof(CalculationTextRenderer).Assembly);

    /// <summary>The text <paramref name="name"/> in <paramref name="language"/>.</summary>
    /// <exception cref="MissingManifestResourceException">No such text: a bug, caught by the resource tests.</exception>
    public string Get(string name, string language) =>
        _resources.GetString(name, CultureOf(language))
        ?? throw new MissingManifestResourceException($"The calculator text '{name}' is missing.");

    /// <summary>A note with its arguments filled in; notes, terms and references among them are rendered first.</summary>
    public string Render(Note note, string language)
    {
        ArgumentNullException.ThrowIfNull(note);
        var arguments = note.Arguments.Select(a => Argument(a, language)).ToArray();
        return string.Format(CultureOf(language), Get(note.Name, language), arguments);
    }

    /// <summary>An input error as a sentence that asks for, or corrects, the field.</summary>
    public string Render(InputError error, string language)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Render(error.Problem, language);
    }

    /// <summary>A legal reference: 《劳动合同法》第四十七条 in Chinese; the English name and article number, with the Chinese, in English.</summary>
    public string Render(LegalReference reference, string language)
    {
        ArgumentNullException.ThrowIfNull(reference);
        string text;
        if (language != BotLanguages.English)
        {
            text = reference.Article is null
                ? string.Format(Chinese, Get("Basis.ChineseDocument", language), reference.Law)
                : string.Format(Chinese, Get("Basis.Chinese", language), reference.Law, reference.Article);
        }
        else
        {
            var english = _resources.GetString("Law." + reference.Law, CultureInfo.InvariantCulture) ?? reference.Law;
            var number = reference.Article is null ? null : ChineseNumerals.Parse(reference.Article.AsSpan().Trim('第').TrimEnd('条'));
            text = reference.Article is null || number is null
                ? string.Format(CultureInfo.InvariantCulture, Get("Basis.EnglishDocument", language), reference.Law, english)
                : string.Format(CultureInfo.InvariantCulture, Get("Basis.English", language), reference.Law, number, english, reference.Article);
        }
        return reference.Bundled ? text : text + Get("Basis.NotBundled", language);
    }

    /// <summary>The whole result in <paramref name="language"/>.</summary>
    public RenderedCalculation Render(CalculationResult result, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RenderedCalculation(
            Get("Kind." + result.Kind, language),
            Render(result.Summary, language),
            result.Steps.Select(s => Render(s, language)).ToList(),
            result.Basis.Select(b => Render(b, language)).ToList(),
            result.Assumptions.Select(a => Render(a, language)).ToList(),
            result.MissingFigures.Select(f => Get("Field." + f, language)).ToList(),
            result.Variants.Select(v => Variant(v, language)).ToList(),
            result.UsesSampleFigures ? Get("Label.SampleNotice", language) : null,
            Get("Label.Disclaimer", language));
    }

    private string Variant(ResultVariant variant, string language)
    {
        var label = Render(variant.Label, language);
        return variant.Amount is { } amount
            ? string.Format(CultureOf(language), Get("Label.VariantAmount", language), label, amount)
            : label;
    }

    private object Argument(object argument, string language) => argument switch
    {
        Note note => Render(note, language),
        Term term => Get(term.Name, language),
        LegalReference reference => Render(reference, language),
        _ => argument,
    };

    private static CultureInfo CultureOf(string language) =>
        language == BotLanguages.English ? CultureInfo.InvariantCulture : Chinese;
}
