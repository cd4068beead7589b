using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReplyLint.Engine;

/// <summary>Writes a baseline as JSON a reviewer can read in a diff: one finding a line, sorted, LF line endings and a
/// final newline, no timestamps, so that the same findings always give the same bytes.</summary>
internal static class BaselineWriter
{
    // The file is never embedded in HTML, so quotes and apostrophes in messages stay readable instead of \u0027.
    private static readonly JsonWriterOptions ValueOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<BaselineEntry> entries)
    {
        var builder = new StringBuilder(128 + (entries.Count * 200));
        builder.Append("{\n");
        builder.Append("  \"version\": ").Append(Baseline.FormatVersion).Append(",\n");
        builder.Append("  \"tool\": ").Append(Json(Baseline.ToolName)).Append(",\n");
        if (entries.Count == 0)
        {
            builder.Append("  \"findings\": []\n");
        }
        else
        {
            builder.Append("  \"findings\": [\n");
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                builder.Append("    { \"path\": ").Append(Json(entry.Path))
                    .Append(", \"ruleId\": ").Append(Json(entry.RuleId))
                    .Append(", \"fingerprint\": ").Append(Json(entry.Fingerprint))
                    .Append(", \"line\": ").Append(entry.Line)
                    .Append(", \"message\": ").Append(Json(entry.Message))
                    .Append(i + 1 < entries.Count ? " },\n" : " }\n");
            }

            builder.Append("  ]\n");
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    // One JSON string, escaped by Utf8JsonWriter: the layout above is ours, the escaping is the library's. Encoding
    // to UTF-8 first turns a lone surrogate (only a damaged file name or text has one) into U+FFFD instead of failing.
    private static string Json(string value)
    {
        var buffer = new ArrayBufferWriter<byte>(value.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer, ValueOptions))
        {
            writer.WriteStringValue(Encoding.UTF8.GetBytes(value));
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
