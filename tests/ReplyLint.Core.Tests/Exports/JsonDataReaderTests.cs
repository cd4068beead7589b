using System.Text;
using System.Text.Json;
using ReplyLint.Engine;
using ReplyLint.Exports;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Exports;

public sealed class JsonDataReaderTests
{
    internal static (string Text, OffsetMap Map) Decode(DataScalar scalar)
    {
        var text = new StringBuilder();
        var map = new OffsetMap.Builder();
        scalar.Decode(text, map);
        return (text.ToString(), map.ToMap());
    }

    // The file text at a mapped span, read back as JSON string content: a mapped span is always whole escapes.
    internal static string JsonSlice(string file, TextSpan span) =>
        JsonSerializer.Deserialize<string>(string.Concat("\"", file.AsSpan(span.Start, span.Length), "\""))!;

    [Fact]
    public void Objects_arrays_and_scalars_keep_their_spans_in_the_file()
    {
        const string json = "{\"id\": 9001, \"tags\": [\"a\", true, null], \"title\": \"Refund\"}";
        var root = JsonDataReader.Read(new SourceText(json)).ShouldBeOfType<DataObject>();

        root.Span.ShouldBe(new TextSpan(0, json.Length));
        root.Members.Select(static m => m.Name).ShouldBe(["id", "tags", "title"]);
        var id = root["id"].ShouldBeAssignableTo<DataScalar>()!;
        (id.Kind, id.Value, json.Substring(id.Span.Start, id.Span.Length)).ShouldBe((ScalarKind.Number, "9001", "9001"));
        var tags = root["tags"].ShouldBeOfType<DataArray>();
        json.Substring(tags.Span.Start, tags.Span.Length).ShouldBe("[\"a\", true, null]");
        tags.Items.Cast<DataScalar>().Select(static s => s.Kind).ShouldBe([ScalarKind.String, ScalarKind.Boolean, ScalarKind.Null]);
        var title = root["title"].ShouldBeAssignableTo<DataScalar>()!;
        json.Substring(title.Span.Start, title.Span.Length).ShouldBe("\"Refund\"");
        root.Text("title").ShouldBe("Refund");
    }

    [Fact]
    public void Every_escape_decodes_as_System_Text_Json_does_and_maps_to_the_whole_escape()
    {
        // \n \" \\ \/ \t \u00e9 (6 for 1), a surrogate pair (12 for 2), \u200d (invisible), and raw non-ASCII before it.
        const string value = @"Hi \u00e9l\u00e8ve,\nwe \""fixed\"" it \/ \\ \t done \ud83d\ude00 ok\u200d. Caf\u00E9 😀 end";
        var json = "{\"ünïcode 😀\": \"x\", \"body\": \"" + value + "\"}";
        var root = (DataObject)JsonDataReader.Read(new SourceText(json));
        var body = (DataScalar)root["body"]!;
        var (text, map) = Decode(body);

        text.ShouldBe(JsonSerializer.Deserialize<string>("\"" + value + "\""));
        body.Value.ShouldBe(text);
        for (var i = 0; i < text.Length; i++)
        {
            var length = char.IsHighSurrogate(text[i]) ? 2 : 1;
            var mapped = map.MapSpan(new TextSpan(i, length));
            JsonSlice(json, mapped).ShouldBe(text.Substring(i, length), $"character {i}");
            i += length - 1;
        }
    }

    [Fact]
    public void A_byte_order_mark_and_CRLF_line_breaks_leave_lines_and_columns_as_an_editor_shows_them()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\r\n  \"body\": \"Sorry \\n about that\"\r\n}\r\n")).ToArray();
        FileReader.TryDecode(bytes, out var source, out _).ShouldBeTrue();
        var body = (DataScalar)((DataObject)JsonDataReader.Read(source!))["body"]!;
        var (text, map) = Decode(body);

        var about = map.MapSpan(new TextSpan(text.IndexOf("about", StringComparison.Ordinal), 5));
        source!.ToString(about).ShouldBe("about");
        source.GetLinePosition(about.Start).ShouldBe(new LinePosition(2, 21));
    }

    [Fact]
    public void The_reader_does_not_skip_a_byte_order_mark_so_the_text_is_read_without_one()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat("{}"u8.ToArray()).ToArray();
        Should.Throw<JsonException>(() =>
        {
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
        });

        FileReader.TryDecode(bytes, out var source, out _).ShouldBeTrue();
        JsonDataReader.Read(source!).ShouldBeOfType<DataObject>();
    }

    [Fact]
    public void An_empty_string_maps_to_the_place_just_inside_its_quotes()
    {
        const string json = "{\"body\": \"\"}";
        var (text, map) = Decode((DataScalar)((DataObject)JsonDataReader.Read(new SourceText(json)))["body"]!);

        text.ShouldBeEmpty();
        map.MapSpan(new TextSpan(0, 0)).ShouldBe(new TextSpan(10, 0));
    }

    [Fact]
    public void A_lone_surrogate_escape_is_kept_rather_than_failing_the_file()
    {
        var scalar = (DataScalar)JsonDataReader.Read(new SourceText("\"a\\ud800b\""));
        scalar.Value.ShouldBe("a\ud800b");
    }

    [Theory]
    [InlineData("{\n  \"macros\": [\n    {\"id\": 1,\n", 4, 1, "reached end of data")]
    [InlineData("{\n  \"macros\": [\n    {\"id\": 1 \"x\": 2}\n  ]\n}", 3, 14, "expected")]
    [InlineData("{\"a\": \"é\" ]", 1, 11, "")]
    [InlineData("", 1, 1, "")]
    public void Invalid_JSON_says_where_in_lines_and_columns_of_the_text(string json, int line, int column, string reason)
    {
        var exception = Should.Throw<ExportFormatException>(() => JsonDataReader.Read(new SourceText(json)));
        exception.Message.ShouldStartWith($"it is not valid JSON at line {line}, column {column}: ");
        exception.Message.ShouldContain(reason);
        exception.Message.ShouldNotContain("LineNumber");
        new SourceText(json).GetLinePosition(exception.Span.Start).ShouldBe(new LinePosition(line, column));
    }

    [Fact]
    public void Nesting_deeper_than_any_export_is_an_error_not_a_crash()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);
        Should.Throw<ExportFormatException>(() => JsonDataReader.Read(new SourceText(json))).Message.ShouldContain("depth");
    }

    [Theory]
    [InlineData(@"plain \""quoted\"" back\\slash", "I'm \"sorry\"", "I'm \\\"sorry\\\"")]
    [InlineData("caf\\u00e9", "déjà vu", "d\\u00e9j\\u00e0 vu")]
    [InlineData("CAF\\u00C9", "é", "\\u00E9")]
    [InlineData("café", "déjà", "déjà")]
    [InlineData("a\\/b", "x/y", "x\\/y")]
    public void A_replacement_is_written_in_the_string_s_own_escaping_style(string raw, string replacement, string written)
    {
        var scalar = (DataScalar)JsonDataReader.Read(new SourceText("\"" + raw + "\""));
        scalar.Encode(replacement).ShouldBe(written);
        JsonSerializer.Deserialize<string>("\"" + written + "\"").ShouldBe(replacement);
    }
}
