using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>Reads the JSON of a baseline file, checking its shape, and remembers where each entry is so that a stale
/// one can be pointed at.</summary>
internal static class BaselineReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    /// <summary>The entries in file order, the span of each in <paramref name="Text"/>, and the decoded text.</summary>
    internal sealed record Content(ImmutableArray<BaselineEntry> Entries, ImmutableArray<TextSpan> Spans, SourceText Text);

    /// <exception cref="BaselineFormatException">The bytes are not a version 1 baseline.</exception>
    public static Content Parse(ReadOnlyMemory<byte> bytes)
    {
        var json = bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        var span = json.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new BaselineFormatException("it is UTF-16 text, and a baseline is UTF-8");
        }

        if (span.Contains((byte)0))
        {
            throw new BaselineFormatException("it is a binary file, not JSON text");
        }

        if (!Utf8.IsValid(span))
        {
            throw new BaselineFormatException("it is not UTF-8 text");
        }

        if (span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            throw new BaselineFormatException("the file is empty");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new BaselineFormatException(InvalidJson(exception, span), exception);
        }

        using (document)
        {
            var text = new SourceText(StrictUtf8.GetString(span));
            return Read(document.RootElement, text, EntrySpans(span));
        }
    }

    private static Content Read(JsonElement root, SourceText text, List<TextSpan> spans)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new BaselineFormatException($"the top level is {Describe(root)}, not an object with 'version' and 'findings'");
        }

        if (!root.TryGetProperty("version", out var version))
        {
            throw new BaselineFormatException("it has no 'version'");
        }

        if (version.ValueKind != JsonValueKind.Number)
        {
            throw new BaselineFormatException($"'version' is {Describe(version)}, not a number");
        }

        if (!version.TryGetInt32(out var number) || number != Baseline.FormatVersion)
        {
            throw new BaselineFormatException($"it is version {version.GetRawText()}, and this ReplyLint reads version {Baseline.FormatVersion}");
        }

        if (root.TryGetProperty("tool", out var tool) && !(tool.ValueKind == JsonValueKind.String && tool.ValueEquals(Baseline.ToolName)))
        {
            throw new BaselineFormatException($"'tool' is {Describe(tool)}, not '{Baseline.ToolName}'");
        }

        if (!root.TryGetProperty("findings", out var findings))
        {
            throw new BaselineFormatException("it has no 'findings' list");
        }

        if (findings.ValueKind != JsonValueKind.Array)
        {
            throw new BaselineFormatException($"'findings' is {Describe(findings)}, not a list");
        }

        var entries = ImmutableArray.CreateBuilder<BaselineEntry>(findings.GetArrayLength());
        var index = 0;
        foreach (var element in findings.EnumerateArray())
        {
            // The position pass and the document see the same array, so the counts agree; the guard is for safety.
            var entrySpan = index < spans.Count ? spans[index] : default;
            var where = string.Create(CultureInfo.InvariantCulture, $"finding {index + 1} (line {text.GetLinePosition(entrySpan.Start).Line})");
            entries.Add(ReadEntry(element, where));
            index++;
        }

        var count = entries.Count;
        return new Content(entries.MoveToImmutable(), [.. spans.Take(count)], text);
    }

    private static BaselineEntry ReadEntry(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new BaselineFormatException($"{where} is {Describe(element)}, not an object");
        }

        var path = RequiredString(element, "path", where).Replace('\\', '/');
        var ruleId = RequiredString(element, "ruleId", where);
        var fingerprint = RequiredString(element, "fingerprint", where);
        var line = 0;
        if (element.TryGetProperty("line", out var lineElement)
            && (lineElement.ValueKind != JsonValueKind.Number || !lineElement.TryGetInt32(out line) || line < 0))
        {
            throw new BaselineFormatException($"{where}: 'line' is {Describe(lineElement)}, not a line number (a whole number, 0 when unknown)");
        }

        var message = string.Empty;
        if (element.TryGetProperty("message", out var messageElement))
        {
            message = messageElement.ValueKind == JsonValueKind.String
                ? messageElement.GetString()!
                : throw new BaselineFormatException($"{where}: 'message' is {Describe(messageElement)}, not a string");
        }

        return new BaselineEntry(path, ruleId, fingerprint, line, message);
    }

    private static string RequiredString(JsonElement element, string name, string where)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            throw new BaselineFormatException($"{where} has no '{name}'");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new BaselineFormatException($"{where}: '{name}' is {Describe(value)}, not a string");
        }

        var text = value.GetString()!;
        if (text.Length == 0 || text.Contains('\0', StringComparison.Ordinal))
        {
            throw new BaselineFormatException($"{where}: '{name}' is {(text.Length == 0 ? "empty" : "not a valid name")}");
        }

        return text;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the string '{Shorten(element.GetString()!)}'",
        JsonValueKind.Number => "the number " + element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 39), "…");

    // Where each item of the top-level "findings" array starts and ends, in characters. JsonDocument keeps no
    // positions, so a reader pass over the same bytes (already known to be valid JSON) finds them.
    private static List<TextSpan> EntrySpans(ReadOnlySpan<byte> json)
    {
        var byteRanges = new List<(int Start, int End)>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var isFindings = reader.ValueTextEquals("findings"u8);
            reader.Read();
            if (!isFindings || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                byteRanges.Add((start, (int)reader.BytesConsumed));
            }
        }

        // Byte offsets to UTF-16 offsets, counting only the bytes between one offset and the next (they only grow).
        var spans = new List<TextSpan>(byteRanges.Count);
        var (bytePosition, charPosition) = (0, 0);
        foreach (var (start, end) in byteRanges)
        {
            var charStart = charPosition + Encoding.UTF8.GetCharCount(json[bytePosition..start]);
            var charEnd = charStart + Encoding.UTF8.GetCharCount(json[start..end]);
            spans.Add(TextSpan.FromBounds(charStart, charEnd));
            (bytePosition, charPosition) = (end, charEnd);
        }

        return spans;
    }

    private static string InvalidJson(JsonException exception, ReadOnlySpan<byte> json)
    {
        var line = (int)Math.Min(exception.LineNumber ?? 0, int.MaxValue);
        var lineStart = 0;
        for (var i = 0; i < line; i++)
        {
            var next = json[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        var bytesInLine = (int)Math.Min(exception.BytePositionInLine ?? 0, json.Length - lineStart);
        var column = Encoding.UTF8.GetCharCount(json.Slice(lineStart, bytesInLine)) + 1;

        // System.Text.Json's first sentence says what is wrong; the rest is advice for programmers ("Change the reader
        // options") and the position in bytes, which ours gives in characters instead.
        var reason = string.Join(' ', exception.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var cut = reason.IndexOf(". ", StringComparison.Ordinal);
        reason = (cut >= 0 ? reason[..cut] : reason).TrimEnd('.');
        return string.Create(CultureInfo.InvariantCulture, $"invalid JSON at line {line + 1}, column {column}: {reason}");
    }
}
