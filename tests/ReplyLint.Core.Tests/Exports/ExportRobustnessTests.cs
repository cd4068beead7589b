using System.Globalization;
using System.Text;
using System.Text.Json;
using ReplyLint.Core.Tests.Engine;
using ReplyLint.Engine;
using ReplyLint.Exports;
using ReplyLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Core.Tests.Exports;

/// <summary>Hostile and large exports: the readers never fail with anything but a clear error, a decoded value is always
/// the parser's value, and a large export is read template by template.</summary>
public sealed class ExportRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "a", "Sorry", " ", "  ", "\n", "\r\n", "\n\n", "\t", "'", "''", "\"", "\\", "\\n", "\\\"", "\\u00e9", "\\x41", "\\U0001F600",
        "é", "😀", "#", ": ", "-", "|", ">", "{{x}}", "\\\n", "   \n", ",", "!",
    ];

    [Fact]
    public void Any_YAML_scalar_decodes_to_the_parser_s_value_or_the_file_is_a_clear_error()
    {
        var random = new Random(20240611);
        var styles = new[] { ("", ""), ("'", "'"), ("\"", "\""), ("|\n  ", ""), ("|-\n  ", ""), ("|+\n  ", ""), (">\n  ", ""), (">-\n  ", "") };
        var fallbacks = new List<string>();
        for (var n = 0; n < 3000; n++)
        {
            var (open, close) = styles[random.Next(styles.Length)];
            var content = new StringBuilder();
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                var piece = Pieces[random.Next(Pieces.Length)];
                content.Append(open.StartsWith('|') || open.StartsWith('>') ? piece.Replace("\n", "\n  ", StringComparison.Ordinal) : piece);
            }

            var yaml = $"body: {open}{content}{close}\nnext: x\n";
            string? expected;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml));
                expected = ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("body")]).Value;
            }
            catch (YamlException)
            {
                Should.Throw<ExportFormatException>(() => YamlDataReader.Read(new SourceText(yaml)), yaml);
                continue;
            }
            catch (InvalidCastException)
            {
                continue; // not a scalar under 'body' (a list or mapping in disguise): nothing to decode
            }

            var root = (DataObject)YamlDataReader.Read(new SourceText(yaml))!;
            if (root["body"] is not DataScalar { IsNull: false } body)
            {
                continue;
            }

            var (text, map) = JsonDataReaderTests.Decode(body);
            text.ShouldBe(expected, yaml);

            // Decoded by the style's own rules, not mapped as one piece (what a scalar the decoder misreads would get).
            if (text.Length > 0 && map.MapSpan(new TextSpan(0, text.Length)) == body.Span && !map.IsVerbatim(new TextSpan(0, 1)))
            {
                fallbacks.Add(yaml);
            }

            map.DecodedLength.ShouldBe(text.Length, yaml);
            for (var i = 0; i <= text.Length; i++)
            {
                var span = map.MapSpan(new TextSpan(i, Math.Min(1, text.Length - i)));
                span.End.ShouldBeLessThanOrEqualTo(yaml.Length, yaml);
            }
        }

        fallbacks.ShouldBeEmpty();
    }

    [Fact]
    public void Any_JSON_text_is_read_or_refused_with_a_clear_error()
    {
        var random = new Random(7);
        var pieces = new[] { "{", "}", "[", "]", "\"", "\"a\"", ":", ",", "1", "true", "null", "\\", "\\u12", "\\ud800", "é", "😀", " ", "\n", "/*c*/", "\"macros\"" };
        for (var n = 0; n < 5000; n++)
        {
            var json = new StringBuilder();
            for (var k = random.Next(1, 20); k > 0; k--)
            {
                json.Append(pieces[random.Next(pieces.Length)]);
            }

            try
            {
                var root = JsonDataReader.Read(new SourceText(json.ToString()));
                root.Span.End.ShouldBeLessThanOrEqualTo(json.Length);
            }
            catch (ExportFormatException exception)
            {
                exception.Message.ShouldStartWith("it is not valid JSON at line ", customMessage: json.ToString());
                exception.Span.End.ShouldBeLessThanOrEqualTo(json.Length);
            }
        }
    }

    [Fact]
    public void A_large_export_gives_one_template_per_macro_with_each_finding_in_its_own_macro()
    {
        using var folder = new TempFolder();
        var json = new StringBuilder("{\"macros\": [\n");
        const int Count = 3000;
        for (var i = 0; i < Count; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"  {{\"id\": {i}, \"title\": \"Macro {i}\", \"actions\": [{{\"field\": \"comment_value\", \"value\": \"Reply {i}:\\nwe apologize \\u00e9 {i}.\"}}]}}")
                .Append(i + 1 < Count ? ",\n" : "\n");
        }

        json.Append("]}\n");
        var path = folder.Write("big.json", json.ToString());
        var result = new LintEngine([new ExportTestRules.SorryAnalyzer()], new LintOptions { Jobs = 4 }).Lint([new TemplateFile(path, "big.json")]);

        result.Diagnostics.Length.ShouldBe(Count);
        for (var i = 0; i < Count; i++)
        {
            result.Diagnostics[i].Location.LineSpan.Start.Line.ShouldBe(i + 2);
            result.Sources["big.json"].ToString(result.Diagnostics[i].Location.Span).ShouldBe("we apologize");
        }
    }

    [Fact]
    public void A_document_of_a_YAML_alias_bomb_is_refused_before_it_is_expanded()
    {
        var yaml = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\ntemplates: [*c]\n";
        Should.Throw<ExportFormatException>(() => YamlDataReader.Read(new SourceText(yaml))).Message.ShouldContain("aliases are not supported");
    }

    [Fact]
    public void Unescaping_agrees_with_System_Text_Json_on_generated_strings()
    {
        var random = new Random(11);
        var escapes = new[] { "a", "é", "😀", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\u0041", "\\u00e9", "\\ud83d\\ude00", "\\u200d", " " };
        for (var n = 0; n < 2000; n++)
        {
            var raw = new StringBuilder();
            for (var k = random.Next(0, 15); k > 0; k--)
            {
                raw.Append(escapes[random.Next(escapes.Length)]);
            }

            var json = "\"" + raw + "\"";
            var scalar = (DataScalar)JsonDataReader.Read(new SourceText(json));
            scalar.Value.ShouldBe(JsonSerializer.Deserialize<string>(json), json);
            var (text, map) = JsonDataReaderTests.Decode(scalar);
            text.ShouldBe(scalar.Value);
            map.MapSpan(new TextSpan(0, text.Length)).ShouldBe(new TextSpan(1, raw.Length), json);
        }
    }
}
