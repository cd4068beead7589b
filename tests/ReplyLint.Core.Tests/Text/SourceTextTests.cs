using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 2, 1, 3)]      // the CR itself is still on line 1
    [InlineData("ab\n", 3, 2, 1)]           // the empty last line
    [InlineData("a\tb", 2, 1, 3)]           // a tab is one column
    public void Maps_offsets_to_one_based_lines_and_columns(string text, int offset, int line, int column)
    {
        var source = new SourceText(text);
        source.GetLinePosition(offset).ShouldBe(new LinePosition(line, column));
        source.GetOffset(new LinePosition(line, column)).ShouldBe(offset);
    }

    [Fact]
    public void Columns_count_utf16_code_units_so_a_non_bmp_character_takes_two()
    {
        var source = new SourceText("\U0001F600 ok");
        source.GetLinePosition(3).ShouldBe(new LinePosition(1, 4));
        source.ToString(new TextSpan(3, 2)).ShouldBe("ok");
    }

    [Fact]
    public void Line_spans_exclude_the_line_break()
    {
        var source = new SourceText("first\r\nsecond\nthird");
        source.LineCount.ShouldBe(3);
        source.ToString(source.GetLineSpan(1)).ShouldBe("first");
        source.ToString(source.GetLineSpan(2)).ShouldBe("second");
        source.ToString(source.GetLineSpan(3)).ShouldBe("third");
    }

    [Fact]
    public void A_span_maps_to_start_and_one_past_the_end()
    {
        var source = new SourceText("one\ntwo three");
        source.GetLinePositionSpan(new TextSpan(8, 5)).ShouldBe(new LinePositionSpan(new LinePosition(2, 5), new LinePosition(2, 10)));
    }

    [Fact]
    public void Offsets_outside_the_text_are_rejected()
    {
        var source = new SourceText("abc");
        Should.Throw<ArgumentOutOfRangeException>(() => source.GetLinePosition(4));
        Should.Throw<ArgumentOutOfRangeException>(() => source.GetLinePosition(-1));
    }

    [Fact]
    public void Span_helpers_agree()
    {
        var span = TextSpan.FromBounds(2, 5);
        span.Length.ShouldBe(3);
        span.Contains(4).ShouldBeTrue();
        span.Contains(5).ShouldBeFalse();
        span.OverlapsWith(new TextSpan(4, 3)).ShouldBeTrue();
        span.OverlapsWith(new TextSpan(5, 3)).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 2));
    }
}
