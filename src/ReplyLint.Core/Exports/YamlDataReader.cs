using System.Globalization;
using System.Text;
using ReplyLint.Parsing;
using ReplyLint.Text;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Exports;

/// <summary>Reads a YAML file (a template bundle, <c>.github/replies.yml</c>) into <see cref="DataNode"/>s with spans in the
/// file's <see cref="SourceText"/>.</summary>
/// <remarks>YamlDotNet's representation model gives each node its start and end (<see cref="Mark.Index"/> counts UTF-16
/// code units of the text it was given, which is the whole file here). What it does not give is where each character
/// of a scalar's value comes from, so <see cref="YamlScalar"/> decodes the scalar again from the source, in its own
/// style, recording the map as it goes, and checks that it arrives at YamlDotNet's value.</remarks>
internal static class YamlDataReader
{
    /// <summary>Reads the first document of <paramref name="source"/>; null when the file holds no document.</summary>
    /// <exception cref="ExportFormatException">The text is not valid YAML, or uses aliases or nesting that exports never need.</exception>
    public static DataNode? Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var stream = new YamlStream();
        var parser = GuardedYamlParser.Over(source.Text, "template bundles");
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            throw Invalid(source, (int)exception.Start.Index, Describe(exception));
        }
        catch (InvalidOperationException)
        {
            // The scanner gives up this way on some broken scalars, without a position: the error lies after the last
            // event it read.
            throw Invalid(source, (int)(parser.Current?.End.Index ?? 0), "an unclosed quote or bracket");
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, source.Text);
    }

    private static ExportFormatException Invalid(SourceText source, int index, string reason)
    {
        var at = Math.Clamp(index, 0, source.Length);
        var position = source.GetLinePosition(at);
        return new ExportFormatException(
            new TextSpan(at, at < source.Length ? 1 : 0),
            string.Create(CultureInfo.InvariantCulture, $"it is not valid YAML at line {position.Line}, column {position.Column}: {reason}"));
    }

    private static DataNode Convert(YamlNode node, string text)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var members = new List<DataMember>(mapping.Children.Count);
                var end = (int)mapping.Start.Index;
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var value = Convert(valueNode, text);
                    end = Math.Max(end, value.Span.End);
                    if (keyNode is YamlScalarNode { Value: { } key })
                    {
                        members.Add(new DataMember(key, SpanOf(keyNode), value));
                    }
                }

                return new DataObject(TextSpan.FromBounds((int)mapping.Start.Index, Math.Max(end, (int)mapping.End.Index)), members);
            case YamlSequenceNode sequence:
                var items = new List<DataNode>(sequence.Children.Count);
                var last = (int)sequence.Start.Index;
                foreach (var child in sequence.Children)
                {
                    var item = Convert(child, text);
                    last = Math.Max(last, item.Span.End);
                    items.Add(item);
                }

                return new DataArray(TextSpan.FromBounds((int)sequence.Start.Index, Math.Max(last, (int)sequence.End.Index)), items);
            case YamlScalarNode scalar:
                return new YamlScalar(text, SpanOf(scalar), scalar.Style, scalar.Value ?? string.Empty);
            default:
                return new YamlScalar(text, SpanOf(node), ScalarStyle.Plain, string.Empty);
        }
    }

    private static TextSpan SpanOf(YamlNode node) =>
        TextSpan.FromBounds((int)node.Start.Index, Math.Max((int)node.Start.Index, (int)node.End.Index));

    private static string Describe(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;

        // YamlDotNet prefixes "(Line: 2, Col: 5, Idx: ...) - (...): "; the position is said in the file's own terms.
        var dash = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && dash >= 0)
        {
            message = message[(dash + 3)..];
        }

        message = message.Trim().TrimEnd('.');
        return message.Length == 0 ? "invalid YAML" : char.ToLowerInvariant(message[0]) + message[1..];
    }


    /// <summary>A YAML scalar, decoded again from the source in its own style.</summary>
    private sealed class YamlScalar : DataScalar
    {
        private readonly string _text;
        private readonly ScalarStyle _style;

        public YamlScalar(string text, TextSpan span, ScalarStyle style, string value)
            : base(span, KindOf(style, value), value)
        {
            _text = text;
            _style = style;
        }

        public override bool IsText => !IsNull;

        public override void Decode(StringBuilder text, OffsetMap.Builder map)
        {
            if (IsNull)
            {
                map.Replace(new TextSpan(Span.Start, 0), 0); // no text, and a place for findings about it
                return;
            }

            var recorder = new YamlScalarDecoder(_text);
            bool decoded;
            try
            {
                decoded = _style switch
                {
                    ScalarStyle.Literal or ScalarStyle.Folded => recorder.Block(Span, folded: _style == ScalarStyle.Folded),
                    ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when Span.Length >= 2 =>
                        recorder.Flow(TextSpan.FromBounds(Span.Start + 1, Span.End - 1), _style),
                    _ => recorder.Flow(Span, ScalarStyle.Plain),
                };
            }
            catch (Exception exception) when (exception is ArgumentOutOfRangeException or IndexOutOfRangeException)
            {
                decoded = false; // a scalar the decoder reads past: the value still counts, as one piece
            }

            // Decoding the source again must arrive where YamlDotNet did; a construct this decoder reads differently is
            // mapped as one piece rather than wrongly.
            if (decoded)
            {
                recorder.ReplayInto(text, map, Value, Span);
            }
            else
            {
                text.Append(Value);
                map.Replace(Span, Value.Length);
            }
        }

        public override string? Encode(string replacement)
        {
            if (replacement.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                return null; // a line break would need the block's indentation, or ends a flow scalar's line
            }

            switch (_style)
            {
                case ScalarStyle.Literal or ScalarStyle.Folded:
                    return replacement;
                case ScalarStyle.SingleQuoted:
                    return replacement.Replace("'", "''", StringComparison.Ordinal);
                case ScalarStyle.DoubleQuoted:
                    return replacement.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\t", @"\t", StringComparison.Ordinal);
                default:
                    // A plain scalar ends at ": " and " #", and some characters mean something at its start: keep to
                    // wording that is plain in every place.
                    foreach (var c in replacement)
                    {
                        if (!(char.IsLetterOrDigit(c) || c is ' ' or '.' or ',' or '\'' or '!' or '?' or '-' or '(' or ')' or '\u2019'))
                        {
                            return null;
                        }
                    }

                    return replacement;
            }
        }

        private static ScalarKind KindOf(ScalarStyle style, string value)
        {
            if (style is not (ScalarStyle.Plain or ScalarStyle.Any))
            {
                return ScalarKind.String;
            }

            return value switch
            {
                "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
                "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
                _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => ScalarKind.Number,
                _ => ScalarKind.String,
            };
        }
    }
}
