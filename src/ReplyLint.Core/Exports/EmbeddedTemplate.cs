using System.Collections.Immutable;
using System.Text;
using ReplyLint.Diagnostics;
using ReplyLint.Parsing;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Exports;

/// <summary>A template of an export made ready for the analyzers: its decoded text (the subject line, a blank line, then
/// the body), parsed on its own, and the map that moves each finding back into the export file.</summary>
/// <remarks>
/// <para>Each template is parsed from its decoded text, so every rule sees what the customer reads; the map built while
/// decoding (escapes, YAML folding and indentation) takes a finding's span to the characters a person sees in the file.
/// An HTML body is mapped by its own reader from prose to the body's text; this map takes the body's text on to the file.</para>
/// <para>A fix moves into the file only when every edit covers characters that stand for themselves there (no escape,
/// fold or tag inside: <see cref="OffsetMap.IsVerbatim"/>) and its new text can be written in the value's own syntax;
/// otherwise the finding keeps no fix, so no report ever offers an edit that would corrupt the export.</para>
/// </remarks>
internal sealed class EmbeddedTemplate
{
    private readonly ImmutableArray<(TextSpan Decoded, DataScalar Value)> _regions;
    private readonly ExportBodyFormat _format;

    private EmbeddedTemplate(string path, SourceText text, OffsetMap map, TextSpan heading, ImmutableArray<(TextSpan, DataScalar)> regions, ExportBodyFormat format)
    {
        Path = path;
        Text = text;
        Map = map;
        Heading = heading;
        _regions = regions;
        _format = format;
    }

    /// <summary>The path the template is known by in the run (<c>exports/macros.json#9001</c>): what run actions compare.</summary>
    public string Path { get; }

    /// <summary>The decoded text.</summary>
    public SourceText Text { get; }

    /// <summary>Decoded text → file.</summary>
    public OffsetMap Map { get; }

    /// <summary>The subject line, read as a heading (empty when there is none).</summary>
    public TextSpan Heading { get; }

    /// <summary>Decodes <paramref name="template"/> of the export file shown as <paramref name="filePath"/>.</summary>
    public static EmbeddedTemplate Create(ExportTemplate template, string filePath)
    {
        ArgumentNullException.ThrowIfNull(template);
        var text = new StringBuilder(template.Body.Span.Length);
        var map = new OffsetMap.Builder();
        var regions = ImmutableArray.CreateBuilder<(TextSpan, DataScalar)>(2);
        var heading = default(TextSpan);
        if (template.Subject is { } subject)
        {
            subject.Decode(text, map);
            heading = new TextSpan(0, text.Length);
            regions.Add((heading, subject));

            // The blank line that makes the subject a paragraph of its own is not in the file: it stands for nothing there.
            text.Append("\n\n");
            map.Replace(new TextSpan(subject.Span.End, 0), 2);
        }

        var bodyStart = text.Length;
        template.Body.Decode(text, map);
        regions.Add((TextSpan.FromBounds(bodyStart, text.Length), template.Body));
        return new EmbeddedTemplate($"{filePath}#{template.Id}", new SourceText(text.ToString()), map.ToMap(), heading, regions.ToImmutable(), template.Format);
    }

    /// <summary>The format the body is parsed in. The HTML reader maps prose to the body's HTML; this template's map
    /// takes the body's HTML on to the file.</summary>
    public static TemplateFormat ParseFormat(ExportBodyFormat format) => format switch
    {
        ExportBodyFormat.Markdown => TemplateFormat.Markdown,
        ExportBodyFormat.Html => TemplateFormat.Html,
        _ => TemplateFormat.PlainText,
    };

    /// <summary>Parses the template.</summary>
    /// <exception cref="TemplateParseException">It cannot be parsed at all.</exception>
    public TemplateDocument Parse(FrontMatter frontMatter) =>
        TemplateParser.Parse(Text, Path, ParseFormat(_format), (frontMatter, Heading));

    /// <summary>The finding at the same place in the export file shown as <paramref name="filePath"/>.</summary>
    public Diagnostic MoveToFile(Diagnostic diagnostic, string filePath, SourceText fileText)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var decoded = Clamp(diagnostic.Location.Span);
        var location = Location.Create(filePath, fileText, Map.MapSpan(decoded));
        var moved = new Diagnostic(diagnostic.Descriptor, location, diagnostic.Severity, diagnostic.Message, diagnostic.Arguments, MoveFix(diagnostic.Fix));
        return diagnostic.Suppression is { } suppression ? moved.WithSuppression(suppression) : moved;
    }

    private Fix? MoveFix(Fix? fix)
    {
        if (fix is null)
        {
            return null;
        }

        var edits = ImmutableArray.CreateBuilder<TextEdit>(fix.Edits.Length);
        foreach (var edit in fix.Edits)
        {
            if (edit.Span.End > Map.DecodedLength || !Map.IsVerbatim(edit.Span) || RegionOf(edit.Span) is not { } value)
            {
                return null;
            }

            // In HTML, '<' and '&' would be markup; the HTML body reader's own map decides about tags and entities.
            if (_format == ExportBodyFormat.Html && edit.NewText.AsSpan().IndexOfAny('<', '&') >= 0)
            {
                return null;
            }

            if (value.Encode(edit.NewText) is not { } written)
            {
                return null;
            }

            edits.Add(new TextEdit(Map.MapSpan(edit.Span), written));
        }

        return fix with { Edits = edits.ToImmutable() };
    }

    private DataScalar? RegionOf(TextSpan span)
    {
        foreach (var (decoded, value) in _regions)
        {
            if (span.Start >= decoded.Start && span.End <= decoded.End)
            {
                return value;
            }
        }

        return null;
    }

    private TextSpan Clamp(TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, Map.DecodedLength);
        return TextSpan.FromBounds(start, Math.Clamp(span.End, start, Map.DecodedLength));
    }
}
