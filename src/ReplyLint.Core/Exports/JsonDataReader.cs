using System.Globalization;
using System.Text;
using System.Text.Json;
using ReplyLint.Text;

namespace ReplyLint.Exports;

/// <summary>Reads a JSON file into <see cref="DataNode"/>s that keep their spans in the file's <see cref="SourceText"/>.</summary>
/// <remarks>
/// <para><see cref="JsonDocument"/> keeps no positions, so this walks <see cref="Utf8JsonReader"/>'s tokens: each token's
/// <see cref="Utf8JsonReader.TokenStartIndex"/> is a UTF-8 byte offset, turned into a UTF-16 offset by one cursor that
/// only moves forward, so the whole file costs one pass however many values it holds.</para>
/// <para>The reader runs over the decoded text encoded again as UTF-8, not over the file's bytes: the byte-order mark is
/// then already gone (the reader does not skip one), UTF-16 files work the same way, and every offset is an offset of
/// the text that findings are reported in.</para>
/// </remarks>
internal static class JsonDataReader
{
    /// <summary>Deep enough for any export; deeper input is refused before it can exhaust the stack.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
    };

    /// <summary>Reads <paramref name="source"/> as one JSON value.</summary>
    /// <exception cref="ExportFormatException">The text is not valid JSON; the exception says where.</exception>
    public static DataNode Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = Encoding.UTF8.GetBytes(source.Text);
        var cursor = new Utf8Cursor(bytes);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            if (!reader.Read())
            {
                throw new ExportFormatException(new TextSpan(0, 0), "the file holds no JSON value");
            }

            var root = ReadValue(ref reader, source.Text, cursor);

            // The reader itself refuses anything but white space and comments after the value.
            reader.Read();
            return root;
        }
        catch (JsonException exception)
        {
            throw Invalid(exception, bytes, source);
        }
    }

    private static DataNode ReadValue(ref Utf8JsonReader reader, string text, Utf8Cursor cursor)
    {
        var start = cursor.CharOffset(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<DataMember>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var (nameStart, nameEnd) = StringBounds(ref reader, cursor);
                    var name = Unescape(text, nameStart + 1, nameEnd - 1, null, null);
                    reader.Read();
                    members.Add(new DataMember(name, TextSpan.FromBounds(nameStart, nameEnd), ReadValue(ref reader, text, cursor)));
                }

                return new DataObject(TextSpan.FromBounds(start, cursor.CharOffset(reader.TokenStartIndex + 1)), members);
            case JsonTokenType.StartArray:
                var items = new List<DataNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, text, cursor));
                }

                return new DataArray(TextSpan.FromBounds(start, cursor.CharOffset(reader.TokenStartIndex + 1)), items);
            case JsonTokenType.String:
                var (_, end) = StringBounds(ref reader, cursor);
                return new JsonString(text, TextSpan.FromBounds(start, end));
            default:
                var kind = reader.TokenType switch
                {
                    JsonTokenType.Number => ScalarKind.Number,
                    JsonTokenType.True or JsonTokenType.False => ScalarKind.Boolean,
                    _ => ScalarKind.Null,
                };
                var span = TextSpan.FromBounds(start, cursor.CharOffset(reader.TokenStartIndex + reader.ValueSpan.Length));
                return new JsonLiteral(span, kind, text.Substring(span.Start, span.Length));
        }
    }

    // NOTE: TokenStartIndex points at the opening quote and ValueSpan holds the raw bytes between the quotes, escapes
    // and all; the whole input is one span, so the reader never hands out a ValueSequence.
    private static (int Start, int End) StringBounds(ref Utf8JsonReader reader, Utf8Cursor cursor)
    {
        var start = cursor.CharOffset(reader.TokenStartIndex);
        var end = cursor.CharOffset(reader.TokenStartIndex + 1 + reader.ValueSpan.Length + 1);
        return (start, end);
    }

    private static ExportFormatException Invalid(JsonException exception, byte[] bytes, SourceText source)
    {
        // The reader counts lines by '\n' and positions in bytes; find that byte and turn it into a text offset.
        var line = exception.LineNumber ?? 0;
        var lineStart = 0;
        for (var i = 0; i < bytes.Length && line > 0; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line--;
                lineStart = i + 1;
            }
        }

        var byteOffset = Math.Min(bytes.Length, lineStart + (int)Math.Min(int.MaxValue, exception.BytePositionInLine ?? 0));
        var at = new Utf8Cursor(bytes).CharOffset(byteOffset);
        var position = source.GetLinePosition(at);
        var span = new TextSpan(at, at < source.Length ? 1 : 0);
        return new ExportFormatException(
            span,
            string.Create(CultureInfo.InvariantCulture, $"it is not valid JSON at line {position.Line}, column {position.Column}: {Reason(exception.Message)}"));
    }

    // "'}' is an invalid start of a value. LineNumber: 3 | BytePositionInLine: 4." → "'}' is an invalid start of a value";
    // the position is said in the file's own terms instead.
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).Trim();
        reason = reason.Replace(" Change the reader options.", "", StringComparison.Ordinal).Replace(" in this mode", "", StringComparison.Ordinal).TrimEnd('.');
        return reason.Length == 0 ? "invalid JSON" : char.ToLowerInvariant(reason[0]) + reason[1..];
    }

    /// <summary>Decodes the JSON string content <c>text[start..end)</c> (between the quotes, already checked by the
    /// reader) into <paramref name="output"/>, or returns it when <paramref name="output"/> is null, recording each escape
    /// in <paramref name="map"/> as a replacement that stands for the whole escape.</summary>
    internal static string Unescape(string text, int start, int end, StringBuilder? output, OffsetMap.Builder? map)
    {
        if (output is null && text.AsSpan(start, end - start).IndexOf('\\') < 0)
        {
            return text.Substring(start, end - start);
        }

        var builder = output ?? new StringBuilder(end - start);
        var run = start;
        var i = start;
        while (i < end)
        {
            if (text[i] != '\\')
            {
                i++;
                continue;
            }

            Flush(text, run, i, builder, map);
            var length = 2;
            var escaped = text[i + 1];
            switch (escaped)
            {
                case 'u':
                    var unit = Hex(text, i + 2);
                    if (char.IsHighSurrogate(unit) && i + 11 < end && text[i + 6] == '\\' && text[i + 7] == 'u' && char.IsLowSurrogate(Hex(text, i + 8)))
                    {
                        builder.Append(unit).Append(Hex(text, i + 8));
                        map?.Replace(new TextSpan(i, 12), 2);
                        i += 12;
                        run = i;
                        continue;
                    }

                    builder.Append(unit);
                    length = 6;
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                default:
                    builder.Append(escaped); // \" \\ \/
                    break;
            }

            map?.Replace(new TextSpan(i, length), 1);
            i += length;
            run = i;
        }

        Flush(text, run, end, builder, map);
        return output is null ? builder.ToString() : string.Empty;
    }

    private static void Flush(string text, int from, int to, StringBuilder builder, OffsetMap.Builder? map)
    {
        if (to > from)
        {
            builder.Append(text, from, to - from);
            map?.Copy(from, to - from);
        }
    }

    private static char Hex(string text, int at) =>
        (char)int.Parse(text.AsSpan(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>A JSON string: its value, and its escapes mapped back to the file.</summary>
    private sealed class JsonString : DataScalar
    {
        private readonly string _text;

        public JsonString(string text, TextSpan span)
            : base(span, ScalarKind.String, Unescape(text, span.Start + 1, span.End - 1, null, null)) => _text = text;

        public override void Decode(StringBuilder text, OffsetMap.Builder map)
        {
            var contentStart = Span.Start + 1;
            var contentEnd = Span.End - 1;

            // An empty string still has a place: the findings about it go just inside its quotes.
            map.Replace(new TextSpan(contentStart, 0), 0);
            Unescape(_text, contentStart, contentEnd, text, map);
        }

        public override string? Encode(string replacement)
        {
            var raw = _text.AsSpan(Span.Start + 1, Span.Length - 2);
            var escapesNonAscii = UsesUnicodeEscapes(raw, out var upperHex);
            var escapesSlash = raw.Contains(@"\/", StringComparison.Ordinal);
            var builder = new StringBuilder(replacement.Length);
            foreach (var c in replacement)
            {
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append(@"\\");
                        break;
                    case '/' when escapesSlash:
                        builder.Append(@"\/");
                        break;
                    case '\n':
                        builder.Append(@"\n");
                        break;
                    case '\t':
                        builder.Append(@"\t");
                        break;
                    case '\r':
                        builder.Append(@"\r");
                        break;
                    case < ' ':
                    case > '~' when escapesNonAscii:
                        builder.Append(@"\u").Append(((int)c).ToString(upperHex ? "X4" : "x4", CultureInfo.InvariantCulture));
                        break;
                    default:
                        builder.Append(c);
                        break;
                }
            }

            return builder.ToString();
        }

        // Some exporters write every character beyond ASCII as \u00e9; a fix written into such a file follows suit.
        private static bool UsesUnicodeEscapes(ReadOnlySpan<char> raw, out bool upperHex)
        {
            upperHex = false;
            for (var i = raw.IndexOf(@"\u", StringComparison.Ordinal); i >= 0 && i + 6 <= raw.Length; i = Next(raw, i))
            {
                var digits = raw.Slice(i + 2, 4);
                if (int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) && value > 0x7E)
                {
                    upperHex = digits.ContainsAnyInRange('A', 'F') && !digits.ContainsAnyInRange('a', 'f');
                    return true;
                }
            }

            return false;

            static int Next(ReadOnlySpan<char> raw, int i)
            {
                var next = raw[(i + 2)..].IndexOf(@"\u", StringComparison.Ordinal);
                return next < 0 ? -1 : i + 2 + next;
            }
        }
    }

    /// <summary>A number, boolean or null: never a body, so it maps as one piece.</summary>
    private sealed class JsonLiteral(TextSpan span, ScalarKind kind, string value) : DataScalar(span, kind, value)
    {
        public override void Decode(StringBuilder text, OffsetMap.Builder map)
        {
            if (IsNull)
            {
                map.Replace(new TextSpan(Span.Start, 0), 0); // no text, and a place for findings about it
                return;
            }

            text.Append(Value);
            map.Replace(Span, Value.Length);
        }

        public override string? Encode(string replacement) => null;
    }

    /// <summary>Turns UTF-8 byte offsets into UTF-16 offsets, moving forward only.</summary>
    private sealed class Utf8Cursor(byte[] bytes)
    {
        private int _byte;
        private int _char;

        public int CharOffset(long byteOffset)
        {
            var target = (int)Math.Min(byteOffset, bytes.Length);
            if (target < _byte)
            {
                throw new InvalidOperationException("the cursor only moves forward");
            }

            for (; _byte < target; _byte++)
            {
                var b = bytes[_byte];
                if ((b & 0xC0) != 0x80)
                {
                    _char += b >= 0xF0 ? 2 : 1; // a four-byte sequence is a surrogate pair in UTF-16
                }
            }

            return _char;
        }
    }
}
