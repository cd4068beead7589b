using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Rules.Hygiene;

/// <summary>RL3005 empty-template: a template with no words of its own for the customer to read.</summary>
/// <remarks>
/// <para>Template problem: an empty template sends an empty reply, or one made only of what the help desk fills in.
/// Signal: no sentence outside a quote has a word. So a template is empty when it is only front matter, whitespace,
/// comments, code, placeholders (<c>{{ ticket.latest_comment }}</c> and <c>{{ agent.signature }}</c>: nothing a writer
/// wrote) or the customer's quoted words. One greeting word is enough not to be empty: a short template is not this
/// rule's business.</para>
/// <para>Markdown templates written in HTML blocks (<c>&lt;p&gt;Hello&lt;/p&gt;</c>) are not read as prose by the
/// parser; a template with text inside HTML is left alone rather than called empty. Docs: rules/docs/RL3005.md.</para>
/// </remarks>
public sealed class RL3005EmptyTemplate : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL3005";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "empty-template",
        title: "Empty template",
        messageFormat: "'{0}' has no text of its own for the customer to read; write the reply, or delete the template.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A template with nothing but front matter, comments, code or placeholders sends an empty reply, or one the writer never wrote.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(static context =>
        {
            var document = context.Document;
            var hasWords = document.Sentences.Any(static s => !s.IsQuoted && s.Tokens.Any(static t => t.Kind == WordTokenKind.Word));
            if (hasWords || (document.Format == TemplateFormat.Markdown && HasHtmlText(document)))
            {
                return;
            }

            context.ReportDocument(Descriptor, NameOf(document));
        });
    }

    // Text between tags in an HTML block: a line that opens with a tag, and the lines after it up to a blank line.
    private static bool HasHtmlText(TemplateDocument document)
    {
        var text = document.Text.Text;
        var body = TemplateRegions.Body(document);
        var code = TemplateRegions.Code(document);
        var comments = document.Comments.Select(static c => c.Span).ToList();
        comments.Sort();
        var inHtmlBlock = false;
        for (var line = body.Start; line < body.End; line = TemplateRegions.NextLineStart(text, line, body.End))
        {
            var lineEnd = TemplateRegions.LineEnd(text, line, body.End);
            var content = text.AsSpan(line, lineEnd - line).Trim();
            if (content.IsEmpty)
            {
                inHtmlBlock = false;
                continue;
            }

            if (TemplateRegions.Contains(code, line))
            {
                continue;
            }

            inHtmlBlock |= content.Length > 1 && content[0] == '<' && (char.IsLetter(content[1]) || content[1] == '/');
            if (inHtmlBlock && HasTextOutsideTags(text, TextSpan.FromBounds(line, lineEnd), comments))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTextOutsideTags(string text, TextSpan line, List<TextSpan> comments)
    {
        var inTag = false;
        var inPlaceholder = false;
        for (var i = line.Start; i < line.End; i++)
        {
            var c = text[i];
            if (TemplateRegions.Contains(comments, i))
            {
                continue;
            }

            if (!inTag && c == '{' && i + 1 < line.End && text[i + 1] is '{' or '%')
            {
                inPlaceholder = true;
            }
            else if (inPlaceholder && c == '}' && i > line.Start && text[i - 1] is '}' or '%')
            {
                inPlaceholder = false;
            }
            else if (!inPlaceholder && c == '<')
            {
                inTag = true;
            }
            else if (inTag && c == '>')
            {
                inTag = false;
            }
            else if (!inTag && !inPlaceholder && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string NameOf(TemplateDocument document) =>
        new[] { document.FrontMatter?.Title, document.FrontMatter?.Id }.FirstOrDefault(static n => !string.IsNullOrWhiteSpace(n))
        ?? System.IO.Path.GetFileName(document.Path);
}
