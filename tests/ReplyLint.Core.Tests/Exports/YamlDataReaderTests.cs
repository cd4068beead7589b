using ReplyLint.Exports;
using ReplyLint.Text;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Core.Tests.Exports;

public sealed class YamlDataReaderTests
{
    // Each case is a YAML file with one scalar under 'body', in one style.
    public static TheoryData<string, string> Scalars => new()
    {
        { "plain", "body: Sorry about the delay\n" },
        { "plain over lines", "body: Sorry about\n  the delay,\n\n  and thanks   \n  again\n" },
        { "single-quoted", "body: 'It''s on its way,\n  we promise'\n" },
        { "double-quoted", "body: \"Caf\\u00e9 \\\"Nord\\\"\\tis\\nopen, \\\n   really \\x41 \\U0001F600 ok\"\n" },
        { "literal", "body: |\n  Hi {{ticket.requester.first_name}},\n\n  Your refund is late \\\n  and we are sorry.\n     Indented line.\nnext: x\n" },
        { "literal strip", "body: |-\n    One\n    Two\n\n\nnext: x\n" },
        { "literal keep", "body: |+\n  One\n\n\nnext: x\n" },
        { "literal with a comment on its header", "body: | # the reply\n  One\n  Two\n" },
        { "folded", "body: >\n  Sorry about\n  the delay.\n\n  Next paragraph\n    more indented\n  back again\n" },
        { "folded strip", "body: >-\n  One\n  two\n" },
        { "CRLF literal", "body: |\r\n  One\r\n  Two\r\n\r\n  Three\r\nnext: x\r\n" },
        { "CRLF folded", "body: >\r\n  One\r\n  two\r\n" },
        { "CRLF plain", "body: One\r\n  two\r\n" },
        { "non-BMP before", "title: \"😀 é\"\nbody: |\n  After 😀 the emoji\n" },
        { "in a list", "replies:\n  - name: A\n    body: |\n      Thanks for the report \\\n      we will look.\n" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void A_scalar_decodes_to_the_parser_s_value_and_each_character_maps_to_where_it_is_written(string style, string yaml)
    {
        _ = style;
        var source = new SourceText(yaml);
        var scalar = Body(YamlDataReader.Read(source)!);
        var (text, map) = JsonDataReaderTests.Decode(scalar);

        text.ShouldBe(ParserValue(yaml));
        var verbatim = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var span = map.MapSpan(new TextSpan(i, 1));
            var written = source.ToString(span);
            if (map.IsVerbatim(new TextSpan(i, 1)))
            {
                written.ShouldBe(text[i].ToString(), $"character {i}");
                verbatim++;
            }
            else
            {
                // A folded line break, an escape or a quote pair: the whole of what stands for the character.
                written.Length.ShouldBeGreaterThan(0, $"character {i}");
            }
        }

        // Not the fallback that maps the whole scalar as one piece: the words stand for themselves.
        (verbatim * 2).ShouldBeGreaterThanOrEqualTo(text.Length);
    }

    [Theory]
    [InlineData("body: Sorry about\n  the delay\n", "delay")]
    [InlineData("body: |\n  Hi,\n\n  Your refund is late.\n", "refund")]
    [InlineData("body: >\n  Sorry about\n  the delay.\n", "delay")]
    [InlineData("body: \"a \\\"quoted\\\" word\"\n", "word")]
    public void Words_are_mapped_one_to_one_so_fixes_can_be_written_back(string yaml, string word)
    {
        var source = new SourceText(yaml);
        var (text, map) = JsonDataReaderTests.Decode(Body(YamlDataReader.Read(source)!));
        var span = new TextSpan(text.IndexOf(word, StringComparison.Ordinal), word.Length);

        map.IsVerbatim(span).ShouldBeTrue();
        source.ToString(map.MapSpan(span)).ShouldBe(word);
    }

    [Fact]
    public void An_explicit_indentation_indicator_falls_back_to_the_whole_scalar_and_keeps_the_value()
    {
        const string yaml = "body: |2\n    indented\n  text\n";
        var source = new SourceText(yaml);
        var (text, map) = JsonDataReaderTests.Decode(Body(YamlDataReader.Read(source)!));

        text.ShouldBe(ParserValue(yaml));
        map.IsVerbatim(new TextSpan(0, 1)).ShouldBeFalse();
        map.MapSpan(new TextSpan(0, text.Length)).Start.ShouldBe(yaml.IndexOf('|', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("body: [unclosed\n", 2, 1)]
    [InlineData("a: b\n c: d: e\n", 2, 3)]
    [InlineData("base: &a [x]\nbody: *a\n", 2, 7)]
    public void Invalid_YAML_says_where(string yaml, int line, int column)
    {
        var exception = Should.Throw<ExportFormatException>(() => YamlDataReader.Read(new SourceText(yaml)));
        exception.Message.ShouldStartWith($"it is not valid YAML at line {line}, column {column}: ");
    }

    [Theory]
    [InlineData("body: plain words\n", "sorry", "sorry")]
    [InlineData("body: plain words\n", "a: b", null)]
    [InlineData("body: 'single'\n", "it's", "it''s")]
    [InlineData("body: \"double\"\n", "say \"hi\"", "say \\\"hi\\\"")]
    [InlineData("body: |\n  block\n", "two\nlines", null)]
    [InlineData("body: |\n  block\n", "any: thing # here", "any: thing # here")]
    public void A_replacement_is_written_in_the_scalar_s_own_style_or_not_at_all(string yaml, string replacement, string? written) =>
        Body(YamlDataReader.Read(new SourceText(yaml))!).Encode(replacement).ShouldBe(written);

    private static DataScalar Body(DataNode root)
    {
        var obj = (DataObject)root;
        return obj["body"] is DataScalar body ? body : (DataScalar)((DataObject)((DataArray)obj["replies"]!).Items[0])["body"]!;
    }

    private static string ParserValue(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        if (root.Children.TryGetValue(new YamlScalarNode("body"), out var body))
        {
            return ((YamlScalarNode)body).Value!;
        }

        var reply = (YamlMappingNode)((YamlSequenceNode)root.Children[new YamlScalarNode("replies")]).Children[0];
        return ((YamlScalarNode)reply.Children[new YamlScalarNode("body")]).Value!;
    }
}
