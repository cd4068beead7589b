using System.Collections.Immutable;
using ReplyLint.Syntax;
using ReplyLint.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Parsing;

/// <summary>Finds and reads the YAML front matter at the top of a template.</summary>
internal static class FrontMatterParser
{
    /// <summary>The outcome: the span the front matter takes (empty when there is none), and what was read or what went wrong.</summary>
    internal readonly record struct Result(TextSpan Span, FrontMatter? FrontMatter, FrontMatterError? Error, bool IsUnclosed);

    public static Result Parse(SourceText source)
    {
        var text = source.Text;
        if (!IsDelimiterLine(text, 0, out var contentStart, "---"))
        {
            return default;
        }

        var lineStart = contentStart;
        while (lineStart < text.Length)
        {
            if (IsDelimiterLine(text, lineStart, out var next, "---") || IsDelimiterLine(text, lineStart, out next, "..."))
            {
                var span = TextSpan.FromBounds(0, next);
                var content = TextSpan.FromBounds(contentStart, lineStart);
                return ReadYaml(source, span, content);
            }

            lineStart = NextLineStart(text, lineStart);
        }

        var openerLine = source.GetLineSpan(1);
        return new Result(
            TextSpan.FromBounds(0, text.Length),
            null,
            new FrontMatterError(openerLine, "the '---' on line 1 opens front matter that is never closed by a '---' line"),
            IsUnclosed: true);
    }

    private static Result ReadYaml(SourceText source, TextSpan span, TextSpan content)
    {
        var yaml = new YamlStream();
        var parser = GuardedYamlParser.Over(source.ToString(content), "front matter");
        try
        {
            yaml.Load(parser);
        }
        catch (YamlException exception)
        {
            var at = Math.Clamp(content.Start + (int)exception.Start.Index, content.Start, Math.Max(content.Start, content.End - 1));
            var errorSpan = new TextSpan(at, content.End > at ? 1 : 0);
            var position = source.GetLinePosition(at);
            return new Result(span, null, new FrontMatterError(errorSpan, $"{Describe(exception)} at line {position.Line}, column {position.Column}"), false);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some broken scalars, without a position: the error lies
            // after the last event it did read.
            var at = Math.Clamp(content.Start + (int)(parser.Current?.End.Index ?? 0), content.Start, Math.Max(content.Start, content.End - 1));
            var errorSpan = new TextSpan(at, content.End > at ? 1 : 0);
            var position = source.GetLinePosition(at);
            return new Result(span, null, new FrontMatterError(errorSpan, $"it is not valid YAML (an unclosed quote or bracket?) after line {position.Line}, column {position.Column}"), false);
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new Result(span, new FrontMatter(span, ImmutableDictionary<string, FrontMatterValue>.Empty), null, false);
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = yaml.Documents[0].RootNode;
            return new Result(span, null, new FrontMatterError(NodeSpan(node, content), "it is not a mapping of keys to values (expected lines such as 'title: Late delivery')"), false);
        }

        var fields = ImmutableDictionary.CreateBuilder<string, FrontMatterValue>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                return new Result(span, null, new FrontMatterError(NodeSpan(keyNode, content), "a key is not a plain name"), false);
            }

            if (key == "tags" && valueNode is YamlMappingNode)
            {
                return new Result(span, null, new FrontMatterError(NodeSpan(valueNode, content), "'tags' must be a list such as [billing, refund] or a comma-separated string"), false);
            }

            fields[key] = ToValue(valueNode, content);
        }

        return new Result(span, new FrontMatter(span, fields.ToImmutable()), null, false);
    }


    private static FrontMatterValue ToValue(YamlNode node, TextSpan content)
    {
        var span = NodeSpan(node, content);
        switch (node)
        {
            case YamlScalarNode scalar:
                var value = scalar.Value ?? string.Empty;
                ImmutableArray<string> items = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                return new FrontMatterValue(span, value, items, ImmutableDictionary<string, FrontMatterValue>.Empty);
            case YamlSequenceNode sequence:
                ImmutableArray<string> list = [.. sequence.Children.OfType<YamlScalarNode>().Select(static s => s.Value ?? string.Empty)];
                return new FrontMatterValue(span, null, list, ImmutableDictionary<string, FrontMatterValue>.Empty);
            case YamlMappingNode mapping:
                var entries = ImmutableDictionary.CreateBuilder<string, FrontMatterValue>(StringComparer.Ordinal);
                foreach (var (key, value2) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        entries[name] = ToValue(value2, content);
                    }
                }

                return new FrontMatterValue(span, null, [], entries.ToImmutable());
            default:
                return new FrontMatterValue(span, null, [], ImmutableDictionary<string, FrontMatterValue>.Empty);
        }
    }

    // NOTE: YamlDotNet's Mark.Index counts characters of the string it was given, which starts at `content`.
    private static TextSpan NodeSpan(YamlNode node, TextSpan content)
    {
        var start = Math.Clamp(content.Start + (int)node.Start.Index, content.Start, content.End);
        var end = Math.Clamp(content.Start + (int)LastIndex(node), start, content.End);
        return TextSpan.FromBounds(start, end);
    }

    // A collection's own End mark can stop at its opening bracket; its last child says where it really ends.
    private static long LastIndex(YamlNode node)
    {
        var end = node.End.Index;
        var children = node switch
        {
            YamlSequenceNode sequence => sequence.Children,
            YamlMappingNode mapping => mapping.Children.Values,
            _ => (IEnumerable<YamlNode>)[],
        };
        foreach (var child in children)
        {
            end = Math.Max(end, LastIndex(child));
        }

        if (node is YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } && end > node.Start.Index)
        {
            end++; // the closing ']'
        }

        return end;
    }

    private static string Describe(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;

        // YamlDotNet prefixes its own "(Line: 2, Col: 5, Idx: ...) - (...)" positions; ours are file positions.
        var dash = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && dash >= 0)
        {
            message = message[(dash + 3)..];
        }

        message = message.Trim().TrimEnd('.');
        return message.Length == 0 ? "invalid YAML" : char.ToLowerInvariant(message[0]) + message[1..];
    }

    private static bool IsDelimiterLine(string text, int lineStart, out int nextLineStart, string delimiter)
    {
        nextLineStart = NextLineStart(text, lineStart);
        if (string.CompareOrdinal(text, lineStart, delimiter, 0, delimiter.Length) != 0)
        {
            return false;
        }

        for (var i = lineStart + delimiter.Length; i < text.Length && text[i] is not ('\r' or '\n'); i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static int NextLineStart(string text, int from)
    {
        var newline = text.IndexOfAny(['\r', '\n'], from);
        if (newline < 0)
        {
            return text.Length;
        }

        return text[newline] == '\r' && newline + 1 < text.Length && text[newline + 1] == '\n' ? newline + 2 : newline + 1;
    }
}
