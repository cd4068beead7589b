using ReplyLint.Diagnostics;
using ReplyLint.Fixes;
using ReplyLint.Parsing;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Fixes;

public sealed class FixApplierTests
{
    private static readonly DiagnosticDescriptor First = Rule("TST7001");
    private static readonly DiagnosticDescriptor Second = Rule("TST7002");

    private static DiagnosticDescriptor Rule(string id) =>
        new(id, "test-fix-" + id[^1], "A test rule", "'{0}' is a test finding.", RuleCategories.Tone, DiagnosticSeverity.Warning, true, "For the fix tests.", null);

    private static TemplateDocument Parse(string text, string path = "t.md") => TemplateParser.Parse(text, path);

    // A finding on the first occurrence of `find` (after `from`), fixed by the given edits (offsets relative to it).
    private static Diagnostic Finding(TemplateDocument document, string find, string replacement, DiagnosticDescriptor? rule = null, int from = 0)
    {
        var start = document.Text.Text.IndexOf(find, from, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"'{find}' is not in the test text");
        var span = new TextSpan(start, find.Length);
        return Diagnostic.Create(rule ?? First, Location.Create(document.Path, document.Text, span), Fix.Replace(span, replacement), find);
    }

    private static Diagnostic WithEdits(TemplateDocument document, params TextEdit[] edits) =>
        Diagnostic.Create(First, new Location(document.Path, edits[0].Span, default), new Fix("Test", [.. edits]), "x");

    [Fact]
    public void A_fix_replaces_its_span_and_nothing_else()
    {
        var document = Parse("Hello.\n\nWe apologize for any inconvenience. Bye.\n");

        var result = FixApplier.Apply(document, [Finding(document, "We apologize for any inconvenience", "I'm sorry")]);

        result.Text.ShouldBe("Hello.\n\nI'm sorry. Bye.\n");
        result.Applied.Length.ShouldBe(1);
        result.Edits.ShouldBe([new TextEdit(new TextSpan(8, 34), "I'm sorry")]);
    }

    [Fact]
    public void Fixes_that_do_not_overlap_are_all_made_in_one_round()
    {
        var document = Parse("AAA and BBB and CCC.\n");

        var result = FixApplier.Apply(document, [Finding(document, "CCC", "c"), Finding(document, "AAA", "a"), Finding(document, "BBB", "b")]);

        result.Text.ShouldBe("a and b and c.\n");
        result.Applied.Select(d => d.Arguments[0]).ShouldBe(["AAA", "BBB", "CCC"]); // in source order
    }

    [Fact]
    public void Of_two_overlapping_fixes_the_first_by_position_is_made_and_the_other_waits()
    {
        var document = Parse("one two three\n");
        var later = Finding(document, "two three", "2 3", Second);
        var earlier = Finding(document, "one two", "1 2");

        var forward = FixApplier.Apply(document, [earlier, later]);
        var backward = FixApplier.Apply(document, [later, earlier]);

        forward.Text.ShouldBe("1 2 three\n");
        forward.Deferred.ShouldBe([later]);
        backward.Text.ShouldBe(forward.Text); // the order the findings come in does not matter
        backward.Deferred.ShouldBe([later]);
    }

    [Fact]
    public void Fixes_that_start_at_the_same_offset_are_taken_by_length_then_rule()
    {
        var document = Parse("one two\n");
        var longer = Finding(document, "one two", "1 2");
        var shorter = Finding(document, "one", "1", Second);
        var sameSpanOtherRule = Finding(document, "one", "uno", First);

        var result = FixApplier.Apply(document, [longer, shorter, sameSpanOtherRule]);

        result.Text.ShouldBe("uno two\n");
        result.Applied.ShouldBe([sameSpanOtherRule]);
        result.Deferred.Length.ShouldBe(2);
    }

    [Fact]
    public void Two_insertions_at_the_same_offset_are_not_both_made()
    {
        var document = Parse("We will call you.\n");
        var end = document.Text.Text.IndexOf('.', StringComparison.Ordinal);
        var a = WithEdits(document, new TextEdit(new TextSpan(end, 0), " today"));
        var b = WithEdits(document, new TextEdit(new TextSpan(end, 0), " by noon"));

        var result = FixApplier.Apply(document, [a, b]);

        result.Applied.Length.ShouldBe(1);
        result.Deferred.Length.ShouldBe(1);
        result.Text.ShouldBe("We will call you by noon.\n"); // the same edits apart, the new text decides
        FixApplier.Apply(document, [b, a]).Text.ShouldBe(result.Text);
    }

    [Fact]
    public void A_fix_with_several_edits_is_made_whole_or_not_at_all()
    {
        var document = Parse("PLEASE READ THIS now.\n");
        var words = WithEdits(
            document,
            new TextEdit(new TextSpan(0, 6), "Please"),
            new TextEdit(new TextSpan(7, 4), "read"),
            new TextEdit(new TextSpan(12, 4), "this"));
        var overlapping = Finding(document, "READ", "see", Second);

        var result = FixApplier.Apply(document, [words, overlapping]);

        result.Text.ShouldBe("Please read this now.\n");
        result.Deferred.ShouldBe([overlapping]);
    }

    [Theory]
    [InlineData("---\ntitle: We apologize for any inconvenience\n---\nHello.\n", "We apologize for any inconvenience")] // front matter
    [InlineData("---\ntitle: [broken\n---\nHello.\n", "[broken")]                                                         // front matter that is not valid YAML
    [InlineData("Hello.\n\n```\nWe apologize for any inconvenience\n```\n", "We apologize for any inconvenience")]         // a code block
    [InlineData("Type `we apologize` to search.\n", "we apologize")]                                                       // inline code
    [InlineData("Type `we apologize` to search.\n", "e `we")]                                                               // partly in inline code
    [InlineData("Hi {{ customer.first_name }}, thanks.\n", "{{ customer.first_name }}")]                                   // a placeholder
    [InlineData("Hi {{ customer.first_name }}, thanks.\n", "Hi {{")]                                                        // part of one
    [InlineData("We <!-- note --> apologize.\n", "We <!-- note --> apologize")]                                             // across a comment
    public void A_fix_that_touches_what_is_not_prose_is_refused(string text, string find)
    {
        var document = Parse(text);
        var finding = Finding(document, find, "changed");

        var result = FixApplier.Apply(document, [finding]);

        result.Text.ShouldBe(text);
        result.Refused.ShouldBe([finding]);
        result.Applied.ShouldBeEmpty();
    }

    [Fact]
    public void An_insertion_inside_a_placeholder_is_refused_but_one_beside_it_is_made()
    {
        var document = Parse("Hi {{ name }}.\n");
        var inside = WithEdits(document, new TextEdit(new TextSpan(5, 0), "x"));
        var after = WithEdits(document, new TextEdit(new TextSpan(13, 0), ", welcome"));

        var result = FixApplier.Apply(document, [inside, after]);

        result.Refused.ShouldBe([inside]);
        result.Text.ShouldBe("Hi {{ name }}, welcome.\n");
    }

    [Fact]
    public void A_malformed_placeholder_may_be_mended()
    {
        var document = Parse("Hi {{customer.first_name},\n\nThanks.\n");
        document.Placeholders.ShouldContain(p => !p.IsWellFormed);

        var result = FixApplier.Apply(document, [Finding(document, "{{customer.first_name}", "{{customer.first_name}}")]);

        result.Text.ShouldBe("Hi {{customer.first_name}},\n\nThanks.\n");
    }

    [Fact]
    public void A_line_break_in_a_replacement_is_written_as_the_file_writes_them()
    {
        var document = Parse("Hello.\r\n\r\nBye now.\r\n");

        var result = FixApplier.Apply(document, [Finding(document, "Bye now.", "Thanks.\nBye.\r\nSee you.\rLater.")]);

        result.Text.ShouldBe("Hello.\r\n\r\nThanks.\r\nBye.\r\nSee you.\r\nLater.\r\n");
    }

    [Theory]
    [InlineData("a\nb\n", "\n")]
    [InlineData("a\r\nb\r\nc\n", "\r\n")]
    [InlineData("a\rb\rc\n", "\r")]
    [InlineData("a\r\nb\n", "\n")]
    [InlineData("no line break", "\n")]
    public void The_dominant_line_break_is_the_most_common(string text, string expected) =>
        FixApplier.DominantLineBreak(text).ShouldBe(expected);

    [Fact]
    public void A_fix_that_would_split_a_line_break_or_a_surrogate_pair_is_refused()
    {
        var document = Parse("Hi \U0001F600 there.\r\nBye.\r\n");
        var text = document.Text.Text;
        var inPair = WithEdits(document, new TextEdit(new TextSpan(text.IndexOf('\uDE00', StringComparison.Ordinal), 1), "x"));
        var inCrLf = WithEdits(document, new TextEdit(new TextSpan(text.IndexOf('\n', StringComparison.Ordinal), 0), "x"));

        var result = FixApplier.Apply(document, [inPair, inCrLf]);

        result.Text.ShouldBe(text);
        result.Refused.Length.ShouldBe(2);
    }

    [Fact]
    public void A_fix_outside_the_text_or_with_overlapping_edits_is_refused()
    {
        var document = Parse("Short.\n");
        var outside = WithEdits(document, new TextEdit(new TextSpan(5, 10), "x"));
        var selfOverlapping = WithEdits(document, new TextEdit(new TextSpan(0, 3), "a"), new TextEdit(new TextSpan(2, 2), "b"));

        var result = FixApplier.Apply(document, [outside, selfOverlapping]);

        result.Refused.Length.ShouldBe(2);
        result.Text.ShouldBe("Short.\n");
    }

    [Fact]
    public void A_fix_that_changes_nothing_is_not_counted()
    {
        var document = Parse("Same.\n");

        var result = FixApplier.Apply(document, [Finding(document, "Same", "Same")]);

        result.Applied.ShouldBeEmpty();
        result.Text.ShouldBeSameAs(document.Text.Text);
    }

    [Fact]
    public void Suppressed_findings_and_findings_on_other_files_are_not_fixed()
    {
        var document = Parse("Fix me.\n");
        var suppressed = Finding(document, "Fix", "Mend").WithSuppression(new Suppression(SuppressionKind.InSource, null));
        var elsewhere = Diagnostic.Create(First, new Location("other.md", new TextSpan(0, 3), default), Fix.Replace(new TextSpan(0, 3), "Mend"), "Fix");

        var result = FixApplier.Apply(document, [suppressed, elsewhere]);

        result.Text.ShouldBe("Fix me.\n");
        result.Applied.ShouldBeEmpty();
    }
}
