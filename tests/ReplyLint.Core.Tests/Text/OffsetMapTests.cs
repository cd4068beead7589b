using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Text;

public sealed class OffsetMapTests
{
    // The JSON string value "a\nb\u00e9c" sits at offset 10 of its file: the quote, then a, \n (2 for 1), b, \u00e9 (6 for 1), c.
    private static OffsetMap JsonValue()
    {
        var builder = new OffsetMap.Builder();
        builder.Copy(11, 1);                        // a
        builder.Replace(new TextSpan(12, 2), 1);    // \n
        builder.Copy(14, 1);                        // b
        builder.Replace(new TextSpan(15, 6), 1);    // \u00e9
        builder.Copy(21, 1);                        // c
        return builder.ToMap();
    }

    [Theory]
    [InlineData(0, 1, 11, 1)]   // a
    [InlineData(1, 1, 12, 2)]   // the line break is the whole escape
    [InlineData(2, 1, 14, 1)]   // b, one column further than its decoded index suggests
    [InlineData(0, 3, 11, 4)]   // a\nb
    [InlineData(3, 2, 15, 7)]   // éc: the whole \u escape and c
    [InlineData(5, 0, 22, 0)]   // the end
    public void A_span_maps_to_the_source_characters_a_person_sees(int start, int length, int sourceStart, int sourceLength) =>
        JsonValue().MapSpan(new TextSpan(start, length)).ShouldBe(new TextSpan(sourceStart, sourceLength));

    [Fact]
    public void Text_that_decodes_to_nothing_is_skipped_at_the_start_and_kept_inside()
    {
        // "<p>Hi</p><p>there</p>": tags decode to nothing; a break stands for "</p><p>".
        var builder = new OffsetMap.Builder();
        builder.Replace(new TextSpan(0, 3), 0);
        builder.Copy(3, 2);
        builder.Replace(new TextSpan(5, 7), 1);
        builder.Copy(12, 5);
        builder.Replace(new TextSpan(17, 4), 0);
        var map = builder.ToMap();

        map.DecodedLength.ShouldBe(8);
        map.MapSpan(new TextSpan(0, 2)).ShouldBe(new TextSpan(3, 2));
        map.MapSpan(new TextSpan(3, 5)).ShouldBe(new TextSpan(12, 5));
        map.MapSpan(new TextSpan(0, 8)).ShouldBe(new TextSpan(3, 14));
    }

    [Fact]
    public void Maps_compose_from_the_body_out_to_the_file()
    {
        // The body "ab" is the decoded value's characters 2..4 ("b\u00e9" → 'b' and 'é').
        var body = OffsetMap.Shift(2, 2).Then(JsonValue());

        body.MapSpan(new TextSpan(0, 1)).ShouldBe(new TextSpan(14, 1));
        body.MapSpan(new TextSpan(1, 1)).ShouldBe(new TextSpan(15, 6));
        body.MapOffset(1).ShouldBe(15);
    }

    [Fact]
    public void Only_spans_free_of_escapes_through_the_whole_chain_are_verbatim()
    {
        var map = JsonValue();

        map.IsVerbatim(new TextSpan(0, 1)).ShouldBeTrue();
        map.IsVerbatim(new TextSpan(0, 2)).ShouldBeFalse();
        map.IsVerbatim(new TextSpan(3, 1)).ShouldBeFalse();
        OffsetMap.Shift(2, 2).Then(map).IsVerbatim(new TextSpan(0, 1)).ShouldBeTrue();
        OffsetMap.Shift(2, 2).Then(map).IsVerbatim(new TextSpan(0, 2)).ShouldBeFalse();
    }

    [Fact]
    public void A_span_past_the_decoded_text_is_a_bug()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => JsonValue().MapSpan(new TextSpan(4, 3)));
    }

    [Fact]
    public void Adjacent_copies_merge_into_one_segment_without_changing_the_mapping()
    {
        var builder = new OffsetMap.Builder();
        builder.Copy(0, 2);
        builder.Copy(2, 3);
        builder.Copy(9, 1);

        var map = builder.ToMap();

        map.MapSpan(new TextSpan(1, 3)).ShouldBe(new TextSpan(1, 3));
        map.MapSpan(new TextSpan(4, 2)).ShouldBe(new TextSpan(4, 6));
        map.IsVerbatim(new TextSpan(0, 5)).ShouldBeTrue();
        map.IsVerbatim(new TextSpan(4, 2)).ShouldBeFalse();
    }
}
