using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Rules.Hygiene;

/// <summary>RL3001 malformed-placeholder: a placeholder whose delimiters are unbalanced, mismatched, spaced or stray
/// (<c>{{customer.name}</c>, <c>{ customer.name }}</c>, <c>{{ x %}</c>, <c>{ {name} }</c>, <c>name}}</c>).</summary>
/// <remarks>Template problem: the help desk fills in only what it can read as a placeholder, so a broken one goes out
/// as literal braces and a bare field name in front of the customer, or stops the reply from rendering at all.
/// Signals: the parser's malformed placeholders (opened and never closed on their line, or empty) and
/// <see cref="PlaceholderDelimiterScanner"/> over the raw body, front matter and comments excluded, code included
/// for the delimiters a help desk acts on. Other help desks' placeholders opened and never closed on their line
/// (Zoho's <c>${Cases.Contact Name</c>, Salesforce's <c>{!Contact.FirstName</c>, osTicket's <c>%{ticket.number</c>,
/// Zammad's <c>#{ticket.title</c>) are reported outside code. A fix is offered where one brace or one space is all that
/// is wrong, and where the name plainly ends. Docs: rules/docs/RL3001.md.</remarks>
public sealed class RL3001MalformedPlaceholder : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL3001";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "malformed-placeholder",
        title: "Broken placeholder",
        messageFormat: "'{0}' is a broken placeholder ({1}); write {2}.",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A placeholder with a missing, extra or mismatched brace is not filled in: the customer receives the braces and the field name instead of their data.");

    private const int MaxQuoteLength = 60;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(static context =>
        {
            var document = context.Document;
            // Comments, and the data-* values of HTML, where an editor keeps the '{{' typed to insert a placeholder.
            var masked = document.Comments.Select(static c => c.Span).Concat(document.DataAttributes).ToList();
            masked.Sort();
            var found = PlaceholderDelimiterScanner.Scan(document.Text.Text, TemplateRegions.Body(document), masked, TemplateRegions.Code(document));
            foreach (var placeholder in found)
            {
                var fix = placeholder.Replacement is { } replacement ? Fix.Replace(placeholder.Span, replacement, $"Write '{replacement}'") : null;
                context.Report(Descriptor, placeholder.Span, fix, Quote(document.Text, placeholder.Span), Describe(placeholder.Problem), placeholder.Advice);
            }

            // The parser's own verdict, where the scanner said nothing about the same text (it always should; this keeps
            // a placeholder the parser gave up on from going unreported).
            var reported = found.ConvertAll(static f => f.Span);
            var code = TemplateRegions.Code(document);
            foreach (var placeholder in document.Placeholders)
            {
                if (!placeholder.IsWellFormed && !Overlaps(reported, placeholder.Span) && SingleBraceOpener(placeholder.Syntax) is { } opener)
                {
                    ReportUnclosedSingleBrace(context, placeholder, opener, code);
                }
                else if (!placeholder.IsWellFormed && !Overlaps(reported, placeholder.Span))
                {
                    var isEmpty = placeholder.Name.Length == 0;
                    context.Report(
                        Descriptor,
                        placeholder.Span,
                        null,
                        Quote(document.Text, placeholder.Span),
                        Describe(isEmpty ? DelimiterProblem.Empty : DelimiterProblem.Unclosed),
                        isEmpty ? "a name between the delimiters, or remove them" : "the closing delimiter right after the name");
                }
            }
        });
    }

    private static string? SingleBraceOpener(PlaceholderSyntax syntax) => syntax switch
    {
        PlaceholderSyntax.DollarBrace => "${",
        PlaceholderSyntax.MergeField => "{!",
        PlaceholderSyntax.PercentBrace => "%{",
        PlaceholderSyntax.HashBrace => "#{",
        _ => null,
    };

    // "${Cases.Contact Name", "{!Contact.FirstName", "%{ticket.number", "#{ticket.title": opened and never closed. The
    // fix closes the name where it ends, when that is certain: before punctuation or the end of the line, or, for a
    // name that holds no spaces, before a space too (a Zoho label may go on: "${Cases.Contact Name thanks" is a guess).
    // In code such openers are the code's own (a Ruby "#{name", a shell "${HOME"), and are left alone.
    private static void ReportUnclosedSingleBrace(DocumentAnalysisContext context, Placeholder placeholder, string opener, List<TextSpan> code)
    {
        var document = context.Document;
        if (TemplateRegions.Contains(code, placeholder.Span.Start))
        {
            return;
        }

        var text = document.Text.Text;
        var end = placeholder.Span.End;
        var next = end < text.Length ? text[end] : '\n';
        var isCertain = next is '\r' or '\n' or ',' or '.' or ';' or ':' or '!' or '?' or ')' or '"' or '\''
            || (placeholder.Syntax != PlaceholderSyntax.DollarBrace && next is ' ' or '\t');
        var written = document.Text.ToString(placeholder.Span);
        var replacement = written + "}";
        var what = placeholder.Syntax == PlaceholderSyntax.DollarBrace ? "field label" : "name";
        var fix = isCertain ? Fix.Replace(placeholder.Span, replacement, $"Write '{replacement}'") : null;
        var advice = isCertain ? $"'{replacement}'" : $"a closing '}}' right after the {what}, as in '{opener}{placeholder.Name}}}'";
        context.Report(Descriptor, placeholder.Span, fix, Quote(document.Text, placeholder.Span), Describe(DelimiterProblem.Unclosed), advice);
    }

    // The scanner's spans are sorted and never overlap one another (each is one pair of delimiters on one line), so
    // only the last one starting before the span and the first one starting in it can overlap it.
    private static bool Overlaps(List<TextSpan> sorted, TextSpan span)
    {
        var low = 0;
        var high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle].Start < span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return (low < sorted.Count && sorted[low].Start < Math.Max(span.End, span.Start + 1))
            || (low > 0 && sorted[low - 1].End > span.Start);
    }

    private static string Describe(DelimiterProblem problem) => problem switch
    {
        DelimiterProblem.Unclosed => "it is never closed",
        DelimiterProblem.Empty => "it is empty",
        DelimiterProblem.MissingBrace => "a brace is missing",
        DelimiterProblem.BraceCountMismatch => "its opening and closing braces do not match",
        DelimiterProblem.KindMismatch => "it opens and closes with different delimiters",
        DelimiterProblem.SpacedDelimiter => "there are spaces inside its delimiters",
        DelimiterProblem.StrayCloser => "it closes a placeholder that was never opened",
        DelimiterProblem.UnclosedBracket => "the bracket is never closed",
        _ => "its delimiters are broken",
    };

    private static string Quote(SourceText text, TextSpan span) =>
        span.Length <= MaxQuoteLength ? text.ToString(span) : string.Concat(text.Slice(new TextSpan(span.Start, MaxQuoteLength - 3)), "...");
}
