using ReplyLint.Analysis;

namespace ReplyLint.Core.Tests.Analysis;

public sealed class PhrasePatternTests
{
    private static string[] Expand(string pattern) =>
        [.. PhrasePattern.Expand(pattern, origin: null).Select(static sequence => string.Join(' ', sequence))];

    [Fact]
    public void Plain_words_are_one_sequence()
    {
        Expand("sorry for the inconvenience").ShouldBe(["sorry for the inconvenience"]);
    }

    [Fact]
    public void Alternatives_expand_in_declaration_order()
    {
        Expand("we (apologize|are sorry) for any inconvenience").ShouldBe(
            ["we apologize for any inconvenience", "we are sorry for any inconvenience"]);
    }

    [Fact]
    public void An_empty_alternative_makes_a_group_optional()
    {
        Expand("i am (very|truly|) sorry").ShouldBe(["i am very sorry", "i am truly sorry", "i am sorry"]);
    }

    [Fact]
    public void Groups_nest()
    {
        Expand("(we (are|were) sorry|apologies) for that").ShouldBe(
            ["we are sorry for that", "we were sorry for that", "apologies for that"]);
    }

    [Fact]
    public void Groups_multiply()
    {
        Expand("(a|b) (c|d)").ShouldBe(["a c", "a d", "b c", "b d"]);
    }

    [Fact]
    public void Groups_need_no_surrounding_spaces()
    {
        Expand("we(are|were)sorry").ShouldBe(["we are sorry", "we were sorry"]);
    }

    [Fact]
    public void Words_go_through_the_text_normalizer()
    {
        Expand("We're SORRY").ShouldBe(["we are sorry"]);
        Expand("We\u2019ll follow-up").ShouldBe(["we will follow up"]);
        Expand("can't").ShouldBe(["can not"]);
    }

    [Fact]
    public void Punctuation_is_dropped_from_pattern_words()
    {
        Expand("sorry, but \"no\" (really!|)").ShouldBe(["sorry but no really", "sorry but no"]);
    }

    [Fact]
    public void Punctuation_inside_numbers_is_kept()
    {
        Expand("24/7 support at 9:00 for 2.5 hours").ShouldBe(["24/7 support at 9:00 for 2.5 hours"]);
    }

    [Fact]
    public void A_punctuation_only_word_disappears()
    {
        Expand("sorry \u2013 but").ShouldBe(["sorry but"]);
    }

    [Fact]
    public void The_slot_is_a_token_of_its_own()
    {
        var sequences = PhrasePattern.Expand("as (i|we|{}) already explained", origin: null);

        sequences.Count.ShouldBe(3);
        sequences[2].Length.ShouldBe(4);
        sequences[2][1].IsSlot.ShouldBeTrue();
        sequences[0][1].IsSlot.ShouldBeFalse();
        sequences[0][1].Word.ShouldBe("i");
    }

    [Fact]
    public void Duplicate_expansions_are_removed()
    {
        Expand("(sorry|sorry) (for|) (for|)").ShouldBe(["sorry for for", "sorry for", "sorry"]);
    }

    [Fact]
    public void Twelve_binary_groups_reach_the_limit_exactly()
    {
        var pattern = string.Join(' ', Enumerable.Range(0, 12).Select(static i => $"(a{i}|b{i})"));

        PhrasePattern.Expand(pattern, origin: null).Count.ShouldBe(PhrasePattern.MaxSequences);
    }

    [Theory]
    [InlineData("", "The phrase pattern is empty; expected at least one word.")]
    [InlineData("   ", "The phrase pattern is empty; expected at least one word.")]
    [InlineData("we (are sorry", "Phrase pattern 'we (are sorry' has a '(' at position 4 that is never closed; expected a ')' to close the group.")]
    [InlineData("we ((are|were) sorry", "Phrase pattern 'we ((are|were) sorry' has a '(' at position 4 that is never closed; expected a ')' to close the group.")]
    [InlineData("we are) sorry", "Phrase pattern 'we are) sorry' has a ')' without a matching '(' at position 7; expected a '(' before it to open the group.")]
    [InlineData("we () sorry", "Phrase pattern 'we () sorry' has an empty group at position 4; expected at least one word in a group, such as '(a|b)' or '(a|)' for an optional word.")]
    [InlineData("we (|) sorry", "Phrase pattern 'we (|) sorry' has an empty group at position 4; expected at least one word in a group, such as '(a|b)' or '(a|)' for an optional word.")]
    [InlineData("we | sorry", "Phrase pattern 'we | sorry' has a '|' outside a group at position 4; expected alternatives inside parentheses, such as '(a|b)'.")]
    [InlineData("as { } said", "Phrase pattern 'as { } said' has a stray '{' at position 4; expected '{}' for a placeholder slot.")]
    [InlineData("as } said", "Phrase pattern 'as } said' has a stray '}' at position 4; expected '{}' for a placeholder slot.")]
    [InlineData("(sorry|)", "Phrase pattern '(sorry|)' can match no words at all; expected at least one word or '{}' outside optional groups.")]
    [InlineData("...", "Phrase pattern '...' can match no words at all; expected at least one word or '{}' outside optional groups.")]
    public void Malformed_patterns_are_errors(string pattern, string message)
    {
        var exception = Should.Throw<PhraseListException>(() => PhrasePattern.Expand(pattern, origin: null));

        exception.Message.ShouldBe(message);
        exception.SourceName.ShouldBeNull();
        exception.Line.ShouldBe(0);
        exception.Column.ShouldBe(0);
    }

    [Fact]
    public void More_than_the_limit_is_an_error()
    {
        var pattern = string.Join(' ', Enumerable.Range(0, 13).Select(static i => $"(a{i}|b{i})"));

        var exception = Should.Throw<PhraseListException>(() => PhrasePattern.Expand(pattern, origin: null));

        exception.Message.ShouldBe(
            $"Phrase pattern '{pattern}' expands to more than 4096 word sequences; expected fewer alternatives (split it into several phrases).");
    }

    [Fact]
    public void A_huge_expansion_fails_fast_instead_of_running_out_of_memory()
    {
        var pattern = string.Join(' ', Enumerable.Range(0, 64).Select(static i => $"(a{i}|b{i}|c{i})"));

        Should.Throw<PhraseListException>(() => PhrasePattern.Expand(pattern, origin: null))
            .Message.ShouldContain("expands to more than 4096 word sequences");
    }

    [Fact]
    public void Deep_nesting_is_an_error()
    {
        var pattern = new string('(', 40) + "sorry" + new string(')', 40);

        Should.Throw<PhraseListException>(() => PhrasePattern.Expand(pattern, origin: null))
            .Message.ShouldBe($"Phrase pattern '{pattern}' nests groups more than 32 deep at position 33; expected fewer nested groups.");
    }

    [Fact]
    public void The_origin_starts_the_message_and_fills_the_position()
    {
        var exception = Should.Throw<PhraseListException>(() => PhrasePattern.Expand("we (are", "packs/acme.yaml(3,12)"));

        exception.Message.ShouldBe(
            "packs/acme.yaml(3,12): phrase pattern 'we (are' has a '(' at position 4 that is never closed; expected a ')' to close the group.");
        exception.SourceName.ShouldBe("packs/acme.yaml");
        exception.Line.ShouldBe(3);
        exception.Column.ShouldBe(12);
    }

    [Fact]
    public void An_origin_without_a_position_is_kept_as_the_source_name()
    {
        var exception = Should.Throw<PhraseListException>(() => PhrasePattern.Expand("()", "built-in list"));

        exception.Message.ShouldStartWith("built-in list: phrase pattern '()' has an empty group");
        exception.SourceName.ShouldBe("built-in list");
        exception.Line.ShouldBe(0);
    }
}
