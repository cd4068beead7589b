using ReplyLint.Analysis;
using ReplyLint.Text;
using static ReplyLint.Core.Tests.Analysis.TestSentences;

namespace ReplyLint.Core.Tests.Analysis;

public sealed class PhraseMatcherTests
{
    private static PhraseMatcher Compile(params PhraseList[] lists) => PhraseMatcher.Compile(lists);

    [Theory]
    [InlineData("We apologize for any inconvenience.", "A:We apologize for any inconvenience")]
    [InlineData("Again, we are sorry for any inconvenience!", "A:we are sorry for any inconvenience")]
    public void Alternatives_match(string text, string expected)
    {
        var matcher = Compile(List("A", "we (apologize|are sorry) for any inconvenience"));

        Matches(matcher, text).ShouldBe([expected]);
    }

    [Fact]
    public void Words_outside_the_alternatives_do_not_match()
    {
        var matcher = Compile(List("A", "we (apologize|are sorry) for any inconvenience"));

        Matches(matcher, "We regret any inconvenience.").ShouldBeEmpty();
        Matches(matcher, "We are sorry for the inconvenience.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("I am sorry about it.", "A:I am sorry")]
    [InlineData("I am very sorry about it.", "A:I am very sorry")]
    [InlineData("I'm truly sorry about it.", "A:I'm truly sorry")]
    public void Optional_groups_match_with_and_without_their_words(string text, string expected)
    {
        var matcher = Compile(List("A", "i am (very|truly|) sorry"));

        Matches(matcher, text).ShouldBe([expected]);
    }

    [Fact]
    public void An_optional_group_does_not_match_other_words()
    {
        var matcher = Compile(List("A", "i am (very|truly|) sorry"));

        Matches(matcher, "I am so sorry.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Sadly, we were sorry for that.", "A:we were sorry for that")]
    [InlineData("Apologies for that.", "A:Apologies for that")]
    public void Nested_groups_match(string text, string expected)
    {
        var matcher = Compile(List("A", "(we (are|were) sorry|apologies) for that"));

        Matches(matcher, text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("we are sorry", "We're sorry for the wait.", "A:We're sorry")]
    [InlineData("we're sorry", "We are sorry for the wait.", "A:We are sorry")]
    [InlineData("we are sorry", "We\u2019re sorry for the wait.", "A:We\u2019re sorry")]
    [InlineData("we\u2019re sorry", "we're sorry for the wait.", "A:we're sorry")]
    [InlineData("we can't", "Sadly we cannot.", "A:we cannot")]
    public void Contractions_meet_in_the_middle(string pattern, string text, string expected)
    {
        var matcher = Compile(List("A", pattern));

        Matches(matcher, text).ShouldBe([expected]);
    }

    [Fact]
    public void Case_is_folded_on_both_sides()
    {
        var matcher = Compile(List("A", "Sorry For The Inconvenience"));

        Matches(matcher, "SORRY FOR THE INCONVENIENCE.").ShouldBe(["A:SORRY FOR THE INCONVENIENCE"]);
    }

    [Fact]
    public void Hyphens_split_words_in_text_and_pattern()
    {
        var matcher = Compile(List("A", "follow-up email"));

        Matches(matcher, "A follow up email and a follow-up email.").ShouldBe(["A:follow up email", "A:follow-up email"]);
    }

    [Fact]
    public void Punctuation_in_a_pattern_does_not_stop_a_match()
    {
        var matcher = Compile(List("A", "sorry, but"), List("B", "24/7 support"));

        Matches(matcher, "Sorry, but we offer 24/7 support.").ShouldBe(["A:Sorry, but", "B:24/7 support"]);
    }

    [Fact]
    public void The_longest_match_wins_within_a_list()
    {
        var matcher = Compile(List("A", "sorry", "sorry for the inconvenience"));

        Matches(matcher, "Sorry for the inconvenience.").ShouldBe(["A:Sorry for the inconvenience"]);
        Matches(matcher, "Sorry for the delay.").ShouldBe(["A:Sorry"]);
    }

    [Fact]
    public void The_longest_match_wins_when_declared_first()
    {
        var matcher = Compile(List("A", "sorry for the inconvenience", "sorry"));

        var results = new List<PhraseMatch>();
        matcher.FindMatches(Parse("Sorry for the inconvenience."), results);

        results.Count.ShouldBe(1);
        results[0].Entry.Pattern.ShouldBe("sorry for the inconvenience");
        results[0].TokenCount.ShouldBe(4);
    }

    [Fact]
    public void A_partial_path_falls_back_to_the_last_complete_phrase()
    {
        var matcher = Compile(List("A", "please", "please note that the policy"));

        Matches(matcher, "Please note that the fee applies.").ShouldBe(["A:Please"]);
    }

    [Fact]
    public void Matches_within_a_list_do_not_overlap()
    {
        var matcher = Compile(List("A", "please note", "note that"));

        Matches(matcher, "Please note that the fee applies.").ShouldBe(["A:Please note"]);
    }

    [Fact]
    public void Matching_resumes_after_the_end_of_a_match()
    {
        var matcher = Compile(List("A", "please note", "note that", "that the fee"));

        Matches(matcher, "Please note that the fee applies.").ShouldBe(["A:Please note", "A:that the fee"]);
    }

    [Fact]
    public void Adjacent_matches_are_all_reported()
    {
        var matcher = Compile(List("A", "sorry"));

        Matches(matcher, "Sorry, sorry, sorry.").ShouldBe(["A:Sorry", "A:sorry", "A:sorry"]);
    }

    [Fact]
    public void Lists_match_independently()
    {
        var matcher = Compile(List("A", "sorry for the inconvenience"), List("B", "the inconvenience", "sorry for"));

        Matches(matcher, "Sorry for the inconvenience.").ShouldBe(["A:Sorry for the inconvenience", "B:Sorry for", "B:the inconvenience"]);
    }

    [Fact]
    public void Matches_at_one_token_are_ordered_by_list_index()
    {
        var matcher = Compile(List("B", "sorry"), List("A", "sorry for"), List("C", "for"));

        Matches(matcher, "Sorry for that.").ShouldBe(["B:Sorry", "A:Sorry for", "C:for"]);
    }

    [Fact]
    public void The_same_list_twice_is_matched_twice()
    {
        var list = List("A", "sorry");
        var matcher = Compile(list, list);

        var results = new List<PhraseMatch>();
        matcher.FindMatches(Parse("Sorry."), results);

        results.Count.ShouldBe(2);
        results.ShouldAllBe(match => match.List == list);
    }

    [Fact]
    public void A_phrase_does_not_match_across_opaque_tokens()
    {
        var matcher = Compile(List("A", "please run again", "please run {} again"));

        Matches(matcher, "Please run `npm install` again.").ShouldBeEmpty();
    }

    [Fact]
    public void An_opaque_token_never_matches_a_pattern_word()
    {
        var matcher = Compile(List("A", "run npm", "npm"));

        Matches(matcher, "Please run `npm` now.").ShouldBeEmpty();
    }

    [Fact]
    public void A_phrase_matches_on_either_side_of_an_opaque_token()
    {
        var matcher = Compile(List("A", "please run", "again"));

        Matches(matcher, "Please run `npm install` again.").ShouldBe(["A:Please run", "A:again"]);
    }

    [Fact]
    public void The_slot_matches_a_placeholder()
    {
        var matcher = Compile(List("A", "as (i|we|{}) already explained"));

        Matches(matcher, "As {{agent.name}} already explained, no.").ShouldBe(["A:As {{agent.name}} already explained"]);
        Matches(matcher, "As we already explained, no.").ShouldBe(["A:As we already explained"]);
    }

    [Fact]
    public void The_slot_does_not_match_a_word()
    {
        var matcher = Compile(List("A", "as {} already explained"));

        Matches(matcher, "As Bob already explained, no.").ShouldBeEmpty();
    }

    [Fact]
    public void A_word_does_not_match_a_placeholder_of_the_same_name()
    {
        var matcher = Compile(List("A", "dear customer"));

        Matches(matcher, "Dear {{customer}}, thanks.").ShouldBeEmpty();
        Matches(matcher, "Dear customer, thanks.").ShouldBe(["A:Dear customer"]);
    }

    [Fact]
    public void A_pattern_may_start_and_end_with_a_slot()
    {
        var matcher = Compile(List("A", "{} here"), List("B", "hi {}"));

        Matches(matcher, "Hi {{name}} here.").ShouldBe(["B:Hi {{name}}", "A:{{name}} here"]);
    }

    [Fact]
    public void The_span_maps_to_the_source_and_the_text_to_the_sentence()
    {
        var matcher = Compile(List("A", "we are sorry for"));
        var sentence = Parse("Well, we're sorry for the wait.");
        var results = new List<PhraseMatch>();

        matcher.FindMatches(sentence, results);

        var match = results.ShouldHaveSingleItem();
        match.Text.ShouldBe("we're sorry for");
        match.Span.ShouldBe(TextSpan.FromBounds(SourceStart + 6, SourceStart + 21));
        match.FirstToken.ShouldBe(1);
        match.TokenCount.ShouldBe(4);
        match.Sentence.ShouldBeSameAs(sentence);
    }

    [Fact]
    public void A_match_may_end_at_the_last_token()
    {
        var matcher = Compile(List("A", "for the wait", "the wait is over"));

        Matches(matcher, "Thanks for the wait").ShouldBe(["A:for the wait"]);
    }

    [Fact]
    public void Duplicate_entries_yield_one_match_owned_by_the_first()
    {
        var first = new PhraseEntry("we are sorry", "I'm sorry");
        var list = new PhraseList("A", [first, new PhraseEntry("we are sorry"), new PhraseEntry("we're sorry"), new PhraseEntry("(we|we) are sorry")]);
        var matcher = PhraseMatcher.Compile([list]);
        var results = new List<PhraseMatch>();

        matcher.FindMatches(Parse("We are sorry."), results);

        results.ShouldHaveSingleItem().Entry.ShouldBeSameAs(first);
        matcher.SequenceCount.ShouldBe(1);
    }

    [Fact]
    public void Sequence_count_counts_every_expansion_of_every_list()
    {
        var matcher = Compile(List("A", "we (apologize|are sorry)", "sorry"), List("B", "sorry", "(a|b) (c|d)"));

        matcher.SequenceCount.ShouldBe(2 + 1 + 1 + 4);
    }

    [Fact]
    public void Empty_sentences_and_empty_matchers_find_nothing()
    {
        var results = new List<PhraseMatch>();

        PhraseMatcher.Compile([]).FindMatches(Parse("Sorry."), results);
        Compile(List("A", "sorry")).FindMatches(Parse(""), results);

        results.ShouldBeEmpty();
    }

    [Fact]
    public void Results_are_appended()
    {
        var matcher = Compile(List("A", "sorry"));
        var results = new List<PhraseMatch>();

        matcher.FindMatches(Parse("Sorry."), results);
        matcher.FindMatches(Parse("So sorry."), results);

        results.ConvertAll(static match => match.Text).ShouldBe(["Sorry", "sorry"]);
    }

    [Fact]
    public void A_malformed_pattern_built_in_code_fails_to_compile()
    {
        var list = new PhraseList("A", [new PhraseEntry("sorry (for", Origin: "rule.yaml(2,5)")]);

        Should.Throw<PhraseListException>(() => PhraseMatcher.Compile([list]))
            .Message.ShouldStartWith("rule.yaml(2,5): phrase pattern 'sorry (for' has a '(' at position 7 that is never closed");
    }

    [Fact]
    public void Many_lists_are_matched_in_list_order()
    {
        var lists = Enumerable.Range(0, 100).Select(static i => List($"L{i:D3}", i % 2 == 0 ? "sorry" : "sorry for")).ToArray();
        var matcher = PhraseMatcher.Compile(lists);

        var matches = Matches(matcher, "Sorry for that. Sorry.");

        matches.Count.ShouldBe(150);
        matches.Take(100).ShouldBe(Enumerable.Range(0, 100).Select(static i => $"L{i:D3}:{(i % 2 == 0 ? "Sorry" : "Sorry for")}"));
        matches.Skip(100).ShouldBe(Enumerable.Range(0, 50).Select(static i => $"L{i * 2:D3}:Sorry"));
    }

    [Fact]
    public void A_thousand_phrases_compile_into_one_matcher_and_match_correctly()
    {
        // Phrases share prefixes ("term 12", "term 12 of ...") so the trie branches and the longest match matters.
        var patterns = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            patterns.Add($"term w{i}");
            patterns.Add($"term w{i} of (art|record)");
        }

        var matcher = Compile(new PhraseList("Big", patterns.Select(static pattern => new PhraseEntry(pattern))));

        matcher.SequenceCount.ShouldBe(1500);
        Matches(matcher, "A term w7 of art, a term w499, a term w500 and a term w42 of record.")
            .ShouldBe(["Big:term w7 of art", "Big:term w499", "Big:term w42 of record"]);
        Matches(matcher, "A term w3 of fiction.").ShouldBe(["Big:term w3"]);
    }

    [Fact]
    public void Concurrent_searches_agree()
    {
        var matcher = Compile(List("A", "sorry (for|about) the (delay|trouble)", "sorry"), List("B", "the delay"));
        var sentence = Parse("Sorry about the delay, and sorry for the trouble; sorry.");
        var expected = new List<PhraseMatch>();
        matcher.FindMatches(sentence, expected);

        var agree = 0;
        Parallel.For(0, 200, _ =>
        {
            var results = new List<PhraseMatch>();
            matcher.FindMatches(sentence, results);
            if (results.Select(static match => (match.List.Name, match.FirstToken, match.TokenCount))
                .SequenceEqual(expected.Select(static match => (match.List.Name, match.FirstToken, match.TokenCount))))
            {
                Interlocked.Increment(ref agree);
            }
        });

        expected.Count.ShouldBe(4);
        agree.ShouldBe(200);
    }
}
