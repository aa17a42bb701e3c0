using Assistant.Knowledge.Analysis;

namespace Assistant.Knowledge.Tests.Analysis;

public sealed class EnglishGlossaryTests
{
    private static EnglishGlossary Parse(string text) => EnglishGlossary.Parse(new StringReader(text));

    [Fact]
    public void Parse_lower_cases_and_joins_words_with_single_spaces_and_skips_comments()
    {
        var glossary = Parse("# topic\n\nLaid   Off\tlayoff|Economic  Compensation\n");

        var entry = Assert.Single(glossary.Entries);
        Assert.Equal("laid off", entry.Phrase);
        Assert.Equal(["layoff", "economic compensation"], entry.Terms);
    }

    [Theory]
    [InlineData("fired\n", 1)]
    [InlineData("# x\nfired\tdismiss\tterminate\n", 2)]
    [InlineData("fired\tdismiss\nsacked\tdismiss\nfired\tterminate\n", 3)]
    [InlineData("fired\tfired\n", 1)]
    [InlineData("\tdismiss\n", 1)]
    public void Malformed_line_is_reported_by_number(string text, int lineNumber)
    {
        var exception = Assert.Throws<GlossaryFormatException>(() => EnglishGlossary.Parse(new StringReader(text), "english.tsv"));
        Assert.Equal(lineNumber, exception.LineNumber);
        Assert.Contains($"english.tsv line {lineNumber}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matcher_compares_stems_so_inflections_need_no_entries_of_their_own()
    {
        using var matcher = new EnglishPhraseMatcher(Parse("fire\tdismiss\nhospital bill\tmedical expenses\n"));

        var found = matcher.Find("They FIRED me and won't pay my hospital bills.");

        Assert.Equal(["fire", "hospital bill"], found.Select(e => e.Phrase));
    }

    [Fact]
    public void Matcher_prefers_the_longest_phrase_and_does_not_overlap()
    {
        using var matcher = new EnglishPhraseMatcher(Parse("laid off\tlayoff\noff\tleave\nsick\tillness\nsick leave\tmedical treatment period\n"));

        var found = matcher.Find("I was laid off while on sick leave");

        Assert.Equal(["laid off", "sick leave"], found.Select(e => e.Phrase));
    }

    [Fact]
    public void Matcher_finds_nothing_in_text_without_its_phrases()
    {
        using var matcher = new EnglishPhraseMatcher(Parse("laid off\tlayoff\n"));

        Assert.Empty(matcher.Find("I was laid up with flu, then took time off"));
        Assert.Empty(matcher.Find(""));
    }

    [Fact]
    public void The_default_glossary_is_embedded_and_attached_to_the_default_glossary()
    {
        var english = EnglishGlossary.LoadDefault();

        Assert.True(english.Entries.Count >= 100, $"only {english.Entries.Count} entries");
        Assert.Equal(english.Entries.Count, Glossary.LoadDefault().English.Entries.Count);
    }
}
