using System.Collections.Frozen;
using ReplyLint.Syntax;
using ReplyLint.Text;

using ReplyLint.Rules.Signals;

namespace ReplyLint.Rules.Hygiene;

/// <summary>RL3003 draft-leftover: a note, marker or dummy text from the draft that would reach the customer (TODO,
/// TBD, XXX, lorem ipsum, "[insert amount]", "&lt;your name&gt;", "???").</summary>
/// <remarks>
/// <para>Template problem: a leftover tells the customer that nobody finished, or read, the reply they were sent.
/// Signals, all in the prose (quotes included, since a quote goes out too), never in code, URLs or template comments:</para>
/// <list type="bullet">
/// <item>the markers TODO, FIXME and TBD written in capitals (and "tbd", "fixme"), and XXX-style runs of two to five
/// capital X standing in for a number ("£XX.XX"; not in the customer's quoted words, not a format such as "XXX-XXX");</item>
/// <item>a placeholder named like a marker (<c>[TBD]</c>, <c>{{TODO}}</c>);</item>
/// <item>bracketed instructions: <c>[insert ...]</c>, <c>[add ...]</c>, <c>[... here]</c>, <c>[name]</c>, <c>[your name]</c>
/// (a Title Case fill-in such as <c>[Customer Name]</c> is a placeholder by design and passes; <c>[Insert Customer
/// Name]</c> and <c>[Order Number Here]</c> do not), and angle brackets around plain words that are no HTML tag
/// (<c>&lt;your name&gt;</c>, <c>&lt;insert date&gt;</c>);</item>
/// <item>"??" or "???" standing alone where a fact should be (not "Really??" after a word, not in a quote);</item>
/// <item>the phrases of <c>RL3003DraftLeftover.phrases.yaml</c> (lorem ipsum, "note to self", "delete this line before sending");</item>
/// <item>TODO, FIXME, TBD or XXX inside an HTML comment: invisible in a rendered e-mail, but sent with it, and shown as
/// text by plain-text clients. Handlebars and Liquid comments are removed before sending and are not checked.</item>
/// </list>
/// <para>The bracket vocabulary (instruction verbs, fill-in nouns) is a closed set of single words and lives here; the
/// phrase-like leftovers live in the YAML file. Docs: rules/docs/RL3003.md.</para>
/// </remarks>
public sealed class RL3003DraftLeftover : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL3003";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "draft-leftover",
        title: "Draft leftover",
        messageFormat: "'{0}' is a draft leftover; {1}.",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A TODO, a '[insert amount]' or a line of lorem ipsum in a sent reply tells the customer that nobody finished it.");

    private const string FinishIt = "write the finished text, or remove the note";
    private const string HtmlCommentAdvice = "an HTML comment is sent with the reply, so remove it, or keep the note in a template comment such as {{!-- ... --}} that the help desk strips";
    private const int MaxQuoteLength = 60;

    private static readonly PhraseList Phrases = PhraseList.FromEmbeddedYaml<RL3003DraftLeftover>("phrases.yaml");

    // The draft markers, in capitals (RL3003DraftLeftover.markers.yaml).
    private static readonly FrozenSet<string> CapitalMarkers = WordList.FromEmbeddedYaml<RL3003DraftLeftover>("markers.yaml", "markers", StringComparer.Ordinal);

    // Written exactly so, in capitals or all in lower case: "todo" and "Todo" are ordinary words (a to-do app, a Todo
    // list), so the lower-case form counts only for the markers that are no word ("tbd", "fixme").
    private static readonly FrozenSet<string> Markers = CapitalMarkers
        .Concat(CapitalMarkers.Select(static m => m.ToLowerInvariant()).Where(static m => m != "todo"))
        .ToFrozenSet(StringComparer.Ordinal);

    // A bracket that opens with one of these is an instruction to the writer: "[insert amount]", "[add link to FAQ]".
    private static readonly FrozenSet<string> InstructionOpeners = FrozenSet.Create(
        StringComparer.Ordinal,
        "insert", "add", "enter", "put", "paste", "type", "include", "fill", "write", "attach", "update", "replace", "choose",
        "pick", "confirm", "check", "explain", "describe", "mention", "link", "summarize", "summarise", "change", "edit",
        "remove", "delete", "optional", "if", "todo", "tbd", "tbc", "placeholder");

    private static readonly FrozenSet<string> InstructionEnders = FrozenSet.Create(StringComparer.Ordinal, "here", "tbd", "tbc", "todo");

    // "[name]", "[your name]", "[customer's first name]", "[order number]": a fill-in written in lower case.
    private static readonly FrozenSet<string> FillInNouns = FrozenSet.Create(
        StringComparer.Ordinal,
        "name", "date", "time", "amount", "price", "total", "number", "id", "reference", "ref", "link", "url", "email", "e-mail",
        "address", "phone", "signature", "code");

    private static readonly FrozenSet<string> FillInWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "your", "my", "our", "their", "the", "a", "customer", "customer's", "customers", "agent", "agent's", "rep", "rep's",
        "client", "client's", "user", "user's", "recipient", "recipient's", "company", "product", "item", "order", "tracking",
        "account", "ticket", "case", "refund", "invoice", "first", "last", "full", "delivery", "due", "discount", "contact");

    // Angle brackets around these are HTML, not a note: <br>, <b>, <input disabled>, <details open>.
    private static readonly FrozenSet<string> HtmlElements = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details",
        "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd",
        "label", "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "noscript", "object", "ol",
        "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp",
        "script", "search", "section", "select", "slot", "small", "source", "span", "strike", "strong", "style", "sub",
        "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr",
        "track", "tt", "u", "ul", "var", "video", "wbr");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Phrases);
        context.RegisterDocumentAction(static context =>
        {
            var document = context.Document;
            var found = new List<(TextSpan Span, string Advice)>();
            foreach (var match in context.GetMatches(Phrases))
            {
                found.Add((match.Span, FinishIt));
            }

            foreach (var sentence in document.Sentences)
            {
                FindMarkers(document, sentence, found);
                FindBracketNotes(document, sentence, '[', ']', IsBracketInstruction, found);
                FindBracketNotes(document, sentence, '<', '>', IsAngleInstruction, found);
                if (!sentence.IsQuoted)
                {
                    FindQuestionMarks(document, sentence, found);
                }
            }

            FindMarkerPlaceholders(document, found);
            FindHtmlCommentNotes(document, found);

            // One finding for one leftover: "[TODO: add link]" is a marker inside a bracketed note.
            found.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
            var coveredTo = -1;
            foreach (var (span, advice) in found)
            {
                if (span.End <= coveredTo)
                {
                    continue;
                }

                coveredTo = span.End;
                context.Report(Descriptor, span, null, Quote(document.Text, span), advice);
            }
        });
    }

    private static void FindMarkers(TemplateDocument document, Sentence sentence, List<(TextSpan, string)> found)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != WordTokenKind.Word)
            {
                continue;
            }

            var written = document.Text.Slice(token.Span);
            if (Markers.Contains(written.ToString()))
            {
                found.Add((token.Span, FinishIt));
                continue;
            }

            if (sentence.IsQuoted || !IsXRun(written))
            {
                continue;
            }

            // "£XX.XX" is one leftover, read as two tokens.
            var span = token.Span;
            while (i + 1 < tokens.Length && IsXRun(document.Text.Slice(tokens[i + 1].Span))
                && tokens[i + 1].Span.Start - span.End == 1 && document.Text[span.End] is '.' or ',')
            {
                span = TextSpan.FromBounds(span.Start, tokens[++i].Span.End);
            }

            found.Add((span, FinishIt));
        }
    }

    private static bool IsXRun(ReadOnlySpan<char> written) =>
        written.Length is >= 2 and <= 5 && !written.ContainsAnyExcept('X');

    private static void FindMarkerPlaceholders(TemplateDocument document, List<(TextSpan, string)> found)
    {
        var quotes = document.Blocks.Where(static b => b.IsQuoted).Select(static b => b.Span).ToList();
        foreach (var placeholder in document.Placeholders)
        {
            var name = placeholder.Name;
            var isNote = Markers.Contains(name)
                || (IsXRun(name) && !TemplateRegions.Contains(quotes, placeholder.Span.Start))
                || (placeholder.Syntax == PlaceholderSyntax.Bracket && IsTitleCaseInstruction(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            if (placeholder.IsWellFormed && isNote)
            {
                found.Add((placeholder.Span, FinishIt));
            }
        }
    }

    // Notes between brackets, found in the sentence as a reader sees it (link targets and emphasis gone), then mapped
    // back to the source through the tokens inside.
    private static void FindBracketNotes(TemplateDocument document, Sentence sentence, char open, char close, Func<string, bool> isNote, List<(TextSpan, string)> found)
    {
        var text = sentence.Text;
        var start = text.IndexOf(open, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf(close, start + 1);
            if (end < 0)
            {
                return;
            }

            // "[a [b] c]": the innermost pair. Jump to the last opener before the closer, so "[[[[...]" is one pass.
            start = text.LastIndexOf(open, end - 1, end - start);

            var isLinkLike = open == '[' && (end + 1 < text.Length && text[end + 1] is '(' or '[' or ':' || (start > 0 && text[start - 1] == '!'));
            if (!isLinkLike && IsProseAt(sentence, start, open) && isNote(text[(start + 1)..end]) && ToSource(document, sentence, start, end + 1, open, close) is { } span)
            {
                found.Add((span, FinishIt));
            }

            start = text.IndexOf(open, end + 1);
        }
    }

    // A bracket inside code, a URL or a placeholder is not prose; an angle bracket may be a token itself: inline HTML, or
    // the parser's "<customer name>" fill-in, which this rule still judges (a fill-in that reads as a note to self is a
    // leftover; "<reporter>" is not).
    private static bool IsProseAt(Sentence sentence, int textOffset, char open)
    {
        var tokens = sentence.Tokens;
        var i = FirstEndingAfter(tokens, textOffset, static t => t.TextEnd);
        if (i == tokens.Length || tokens[i].TextStart > textOffset)
        {
            return true;
        }

        var token = tokens[i];
        return token.Kind is not (WordTokenKind.Placeholder or WordTokenKind.Opaque) || (open == '<' && token.TextStart == textOffset);
    }

    // Tokens are in order and do not overlap (the two halves of a contraction share one range), so a binary search
    // finds the first one that ends after an offset: no pass over the sentence per bracket.
    private static int FirstEndingAfter(ImmutableArray<WordToken> tokens, int offset, Func<WordToken, int> end)
    {
        var low = 0;
        var high = tokens.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (end(tokens[middle]) <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static TextSpan? ToSource(TemplateDocument document, Sentence sentence, int textStart, int textEnd, char open, char close)
    {
        int? sourceStart = null;
        var sourceEnd = -1;
        var tokens = sentence.Tokens;
        for (var i = FirstEndingAfter(tokens, textStart, static t => t.TextEnd); i < tokens.Length && tokens[i].TextStart < textEnd; i++)
        {
            if (tokens[i].TextStart >= textStart && tokens[i].TextEnd <= textEnd)
            {
                sourceStart ??= tokens[i].Span.Start;
                sourceEnd = Math.Max(sourceEnd, tokens[i].Span.End);
            }
        }

        if (sourceStart is not { } first)
        {
            return null;
        }

        // An inline HTML token is the whole "<your name>"; otherwise walk out from the words to the brackets.
        var source = document.Text.Text;
        if (source[first] == open && source[sourceEnd - 1] == close)
        {
            return TextSpan.FromBounds(first, sourceEnd);
        }

        var left = first - 1;
        while (left >= sentence.Span.Start && source[left] is ' ' or '\t' or '*' or '_' or '\r' or '\n')
        {
            left--;
        }

        var right = sourceEnd;
        while (right < sentence.Span.End && source[right] is ' ' or '\t' or '*' or '_' or '.' or ':' or '\r' or '\n')
        {
            right++;
        }

        return left >= sentence.Span.Start && source[left] == open && right < source.Length && source[right] == close
            ? TextSpan.FromBounds(left, right + 1)
            : TextSpan.FromBounds(first, sourceEnd);
    }

    private static bool IsBracketInstruction(string content)
    {
        var words = Words(content);
        if (words.Length == 0)
        {
            return false;
        }

        if (char.IsUpper(content.TrimStart()[0]))
        {
            return IsTitleCaseInstruction(words);
        }

        var lower = Array.ConvertAll(words, static w => w.ToLowerInvariant());
        return InstructionOpeners.Contains(lower[0])
            || (lower.Length > 1 && InstructionEnders.Contains(lower[^1]))
            || (Array.TrueForAll(lower, static w => FillInWords.Contains(w) || FillInNouns.Contains(w)) && Array.Exists(lower, FillInNouns.Contains));
    }

    // A capitalized bracket is a fill-in ("[Customer Name]") or a button ("[Add]", "[Save Changes]"), unless it says
    // it is an instruction in so many words.
    private static bool IsTitleCaseInstruction(string[] words) =>
        Array.Exists(words, CapitalMarkers.Contains)
        || (words.Length > 1 && (words[0].Equals("insert", StringComparison.OrdinalIgnoreCase) || words[^1].Equals("here", StringComparison.OrdinalIgnoreCase)));

    // "<your name>", "<insert date here>", "<name>": plain words in angle brackets that no HTML tag starts with.
    private static bool IsAngleInstruction(string content)
    {
        if (content.Length == 0 || content.Length > 60 || content[0] == ' ')
        {
            return false;
        }

        var words = content.Split(' ');
        if (words.Length > 6 || !Array.TrueForAll(words, static w => w.Length > 0 && w.All(static c => char.IsLetter(c) || c is '\'' or '\u2019' or '-')))
        {
            return false;
        }

        return words.Length == 1
            ? FillInNouns.Contains(words[0].ToLowerInvariant()) && !HtmlElements.Contains(words[0])
            : !HtmlElements.Contains(words[0]);
    }

    private static string[] Words(string content) =>
        content.Split([' ', '\t', ',', ':', ';', '/'], StringSplitOptions.RemoveEmptyEntries).Select(static w => w.Trim('.', '!', '?', '"', '(', ')')).Where(static w => w.Length > 0).ToArray();

    // "The refund is ?? days." — two or more question marks standing alone, where a fact should be.
    private static void FindQuestionMarks(TemplateDocument document, Sentence sentence, List<(TextSpan, string)> found)
    {
        var source = document.Text.Text;
        var span = sentence.Span;
        for (var i = span.Start; i < span.End; i++)
        {
            if (source[i] != '?' || (i > span.Start && source[i - 1] is not (' ' or '(' or '\t' or '\n' or '\r')))
            {
                continue;
            }

            var end = i;
            while (end < span.End && source[end] == '?')
            {
                end++;
            }

            var standsAlone = end - i >= 2 && (end >= source.Length || source[end] is ' ' or '.' or ',' or ';' or ':' or ')' or '!' or '\t' or '\r' or '\n');
            if (standsAlone && IsProseSource(sentence, i))
            {
                found.Add((TextSpan.FromBounds(i, end), FinishIt));
            }

            i = end;
        }
    }

    private static bool IsProseSource(Sentence sentence, int offset)
    {
        var tokens = sentence.Tokens;
        var i = FirstEndingAfter(tokens, offset, static t => t.Span.End);
        return i == tokens.Length || tokens[i].Span.Start > offset || tokens[i].Kind is not (WordTokenKind.Opaque or WordTokenKind.Placeholder);
    }

    private static void FindHtmlCommentNotes(TemplateDocument document, List<(TextSpan, string)> found)
    {
        foreach (var comment in document.Comments)
        {
            if (comment.Syntax != CommentSyntax.Html)
            {
                continue;
            }

            var content = document.Text.Slice(comment.ContentSpan);
            foreach (var marker in CapitalMarkers.Append("XXX"))
            {
                if (ContainsWord(content, marker))
                {
                    found.Add((comment.Span, HtmlCommentAdvice));
                    break;
                }
            }
        }
    }

    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }

            var next = text[end..].IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    private static string Quote(SourceText text, TextSpan span)
    {
        var quoted = text.ToString(span).ReplaceLineEndings(" ");
        return quoted.Length <= MaxQuoteLength ? quoted : string.Concat(quoted.AsSpan(0, MaxQuoteLength - 3), "...");
    }
}
