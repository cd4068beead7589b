using ReplyLint.Text;

namespace ReplyLint.Rules.Tests.Verifiers;

public sealed class TestMarkupTests
{
    [Fact]
    public void Text_without_markup_is_unchanged()
    {
        var (text, spans) = TestMarkup.Parse("Hi {{ name }}, [Customer Name] {% if x %}");

        text.ShouldBe("Hi {{ name }}, [Customer Name] {% if x %}");
        spans.ShouldBeEmpty();
    }

    [Fact]
    public void Markers_nest()
    {
        var (text, spans) = TestMarkup.Parse("A [|we {|RL0004:are|} sorry|] note.");

        text.ShouldBe("A we are sorry note.");
        spans.ShouldBe([new MarkedSpan(new TextSpan(2, 12), null, null), new MarkedSpan(new TextSpan(5, 3), "RL0004", null)]);
    }

    [Fact]
    public void Adjacent_markers_give_adjacent_spans()
    {
        var (text, spans) = TestMarkup.Parse("[|ab|][|cd|]");

        text.ShouldBe("abcd");
        spans.ShouldBe([new MarkedSpan(new TextSpan(0, 2), null, null), new MarkedSpan(new TextSpan(2, 2), null, null)]);
    }

    [Fact]
    public void An_empty_marker_at_the_start_is_a_document_level_finding()
    {
        var (text, spans) = TestMarkup.Parse("{|RL2002:|}---\ntitle: x\n---\n");

        text.ShouldBe("---\ntitle: x\n---\n");
        spans.ShouldBe([new MarkedSpan(new TextSpan(0, 0), "RL2002", null)]);
    }

    [Fact]
    public void A_numbered_marker_names_a_location()
    {
        var (text, spans) = TestMarkup.Parse("x {|#12:y|}");

        text.ShouldBe("x y");
        spans.ShouldBe([new MarkedSpan(new TextSpan(2, 1), null, 12)]);
    }

    [Theory]
    [InlineData("[|never closed", "offset 0: '[|' is never closed")]
    [InlineData("ab {|RL1004:cd", "offset 3: '{|' is never closed")]
    [InlineData("closes|] nothing", "offset 6: '|]' closes nothing")]
    [InlineData("[|wrong|}", "offset 7: '|}' cannot close the '[|' at offset 0")]
    [InlineData("{|RL1004 no colon|}", "offset 0: '{|' must be followed by a rule ID or #n and a colon")]
    [InlineData("{|:no id|}", "offset 0: '{|' must be followed by a rule ID or #n and a colon")]
    public void Malformed_markup_is_a_test_setup_error(string markup, string expected)
    {
        var exception = Should.Throw<ArgumentException>(() => TestMarkup.Parse(markup));

        exception.Message.ShouldContain("Test markup error at " + expected);
    }

    [Theory]
    [InlineData("[|We apologize|] and [|we value your business|].")]
    [InlineData("{|RL2002:|}[|We {|RL0004:are|} sorry|]")]
    [InlineData("[|ab|][|cd|]")]
    [InlineData("[|a [|b|]|]")]
    public void Mark_is_the_inverse_of_Parse(string markup)
    {
        var (text, spans) = TestMarkup.Parse(markup);

        TestMarkup.Mark(text, spans.Select(static s => (s.Id, s.Span))).ShouldBe(markup);
    }
}
