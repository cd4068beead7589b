using System.Collections.Frozen;
using System.Text;
using ReplyLint.Syntax;
using ReplyLint.Text;
using YamlDotNet.RepresentationModel;

using ReplyLint.Rules.Signals;

namespace ReplyLint.Rules.Tone;

/// <summary>RL1007 shouting: words in capitals that are not acronyms ("PLEASE READ THIS", "IMMEDIATELY") and repeated
/// exclamation marks ("!!", "?!?!").</summary>
/// <remarks>Guideline: speak in a calm tone; capitals and a row of exclamation marks are the written form of a raised
/// voice. A finding is a run of capitalized words with at least five letters in all (one word of five letters or more,
/// or two or more shorter ones such as "DO NOT"), not counting acronyms, or a run of '!' and '?' with two exclamation
/// marks, or one among three marks. Quotes, headings (for capitals), keywords the customer is asked to type ("Reply
/// CANCEL") and anything that is not prose are left alone.
/// The fix writes the words in lower case (keeping a sentence's first capital and "I") and the marks as one.
/// Docs: rules/docs/RL1007.md.</remarks>
public sealed class RL1007Shouting : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL1007";

    /// <summary>The option that lists more words to treat as acronyms, separated by commas or spaces.</summary>
    public const string AcronymsOption = "acronyms";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "shouting",
        title: "Shouting in capitals or exclamation marks",
        messageFormat: "'{0}' reads as shouting; write it in sentence case, with one exclamation mark at most.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Words in capitals and rows of exclamation marks read as a raised voice, and a customer who is already upset hears anger. Let the words carry the emphasis.",
        options: [OptionDescriptor.NameList(AcronymsOption, "More words to treat as acronyms, such as brand or product names, compared without regard to case.")]);

    // Five letters in capitals are a word shouted ("NEVER"); shorter ones are acronyms until there are two ("DO NOT").
    private const int MinimumShoutedLetters = 5;

    private static readonly FrozenSet<string> Acronyms = WordList.FromEmbeddedYaml<RL1007Shouting>("acronyms.yaml", "acronyms", StringComparer.OrdinalIgnoreCase);

    // A word in capitals after one of these is a keyword to type or a label to find, not a raised voice:
    // "Reply CANCEL to stop", "type CONFIRM", "the word URGENT on the envelope".
    private static readonly FrozenSet<string> KeywordLeads = FrozenSet.Create(
        StringComparer.Ordinal,
        "reply", "text", "texting", "write", "type", "typing", "enter", "say", "send", "word", "keyword", "code", "label", "labelled",
        "labeled", "marked", "stamped", "tap", "click", "press", "select", "choose");

    // ... and so is one before these: "the SUBMIT button", "the ORDERS tab".
    private static readonly FrozenSet<string> InterfaceNouns = FrozenSet.Create(
        StringComparer.Ordinal,
        "button", "buttons", "link", "tab", "tabs", "key", "menu", "option", "field", "box", "page", "screen", "section", "label", "sticker", "stamp");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(static document =>
        {
            var extraAcronyms = ReadAcronymsOption(document.Options);
            foreach (var sentence in document.Document.Sentences)
            {
                // A quote is the customer's own words; their capitals are theirs to use.
                if (sentence.IsQuoted)
                {
                    continue;
                }

                // An all-capital heading is a typographic choice ("ORDER SUMMARY"), not a raised voice.
                if (sentence.BlockKind != ProseBlockKind.Heading)
                {
                    FindCapitals(document, sentence, extraAcronyms);
                }

                FindExclamations(document, sentence);
            }
        });
    }

    private static void FindCapitals(DocumentAnalysisContext context, Sentence sentence, FrozenSet<string> extraAcronyms)
    {
        var text = context.Document.Text;
        var words = WrittenWords(sentence);
        var i = 0;
        while (i < words.Count)
        {
            if (Classify(text, words[i], extraAcronyms) == WordCase.Other)
            {
                i++;
                continue;
            }

            // A run of words in capitals; acronyms and single letters ride along but are not the shouting.
            var end = i;
            while (end < words.Count && Classify(text, words[end], extraAcronyms) != WordCase.Other)
            {
                end++;
            }

            ReportRun(context, sentence, words, i, end, extraAcronyms);
            i = end;
        }
    }

    private static void ReportRun(DocumentAnalysisContext context, Sentence sentence, List<WrittenWord> words, int start, int end, FrozenSet<string> extraAcronyms)
    {
        var text = context.Document.Text;
        var first = -1;
        var last = -1;
        var shouted = 0;
        var letters = 0;
        for (var i = start; i < end; i++)
        {
            if (Classify(text, words[i], extraAcronyms) == WordCase.Shouted)
            {
                first = first < 0 ? i : first;
                last = i;
                shouted++;
                letters += CountLetters(text.Slice(words[i].Span));
            }
        }

        if (shouted == 0 || letters < MinimumShoutedLetters || (shouted == 1 && IsKeyword(text, sentence, words[first])))
        {
            return;
        }

        var span = TextSpan.FromBounds(words[first].Span.Start, words[last].Span.End);
        var edits = ImmutableArray.CreateBuilder<TextEdit>();
        for (var i = first; i <= last; i++)
        {
            if (Classify(text, words[i], extraAcronyms) == WordCase.Shouted)
            {
                edits.Add(new TextEdit(words[i].Span, SentenceCase(text.ToString(words[i].Span), words[i])));
            }
        }

        var fix = new Fix("Write it in sentence case", edits.ToImmutable());
        context.Report(Descriptor, span, fix, sentence.Text[words[first].TextStart..words[last].TextEnd]);
    }

    // One word in capitals that the customer is asked to type or find: after "reply", "type", "the word", before
    // "button", or in quotation marks. An adverb is a raised voice wherever it stands ("reply IMMEDIATELY").
    private static bool IsKeyword(SourceText text, Sentence sentence, WrittenWord word)
    {
        if (text.Slice(word.Span).EndsWith("LY", StringComparison.Ordinal))
        {
            return false;
        }

        if (word.Span.Start > 0 && text[word.Span.Start - 1] is '"' or '\'' or '\u201C' or '\u2018' or '`')
        {
            return true;
        }

        var tokens = sentence.Tokens;
        return (word.FirstToken > 0 && KeywordLeads.Contains(tokens[word.FirstToken - 1].Normalized))
            || (word.LastToken + 1 < tokens.Length && InterfaceNouns.Contains(tokens[word.LastToken + 1].Normalized));
    }

    // "HELLO" → "hello", "I'M" → "I'm", and "PLEASE" → "Please" when it opens the sentence.
    private static string SentenceCase(string written, WrittenWord word)
    {
        var lower = written.ToLowerInvariant().ToCharArray();
        if (word.OpensSentence || word.IsPronounI)
        {
            lower[0] = char.ToUpperInvariant(lower[0]);
        }

        return new string(lower);
    }

    private static void FindExclamations(DocumentAnalysisContext context, Sentence sentence)
    {
        var document = context.Document;
        var text = document.Text;
        var i = sentence.Span.Start;
        while (i < sentence.Span.End)
        {
            if (!IsMark(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var bangs = 0;
            var questions = 0;
            while (i < sentence.Span.End && IsMark(text[i]))
            {
                bangs += text[i] switch { '!' or '\u2049' or '\u2048' => 1, '\u203C' => 2, _ => 0 };
                questions += text[i] is '?' or '\u2049' or '\u2048' ? 1 : 0;
                i++;
            }

            var run = TextSpan.FromBounds(start, i);
            var isShouted = bangs >= 2 || (bangs >= 1 && run.Length >= 3);
            if (isShouted && IsProse(document, sentence, run))
            {
                var replacement = questions > 0 ? "?" : "!";
                context.Report(Descriptor, run, Fix.Replace(run, replacement), text.ToString(run));
            }
        }
    }

    private static bool IsMark(char c) => c is '!' or '?' or '\u203C' or '\u2049' or '\u2048';

    // Inline code, URLs and HTML are tokens of their own; placeholders, comments and links may hold a '!!' that the
    // customer never reads as prose.
    private static bool IsProse(TemplateDocument document, Sentence sentence, TextSpan run)
    {
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind is WordTokenKind.Opaque or WordTokenKind.Placeholder && token.Span.OverlapsWith(run))
            {
                return false;
            }
        }

        return !Overlaps(document.Placeholders.Select(static p => p.Span), run)
            && !Overlaps(document.Comments.Select(static c => c.Span), run)
            && !Overlaps(document.Links.Select(static l => l.Span), run);
    }

    private static bool Overlaps(IEnumerable<TextSpan> spans, TextSpan run)
    {
        foreach (var span in spans)
        {
            if (span.OverlapsWith(run))
            {
                return true;
            }
        }

        return false;
    }

    // One entry per written word: "DON'T" and "FOLLOW-UP" are two tokens each but one word.
    private static List<WrittenWord> WrittenWords(Sentence sentence)
    {
        var words = new List<WrittenWord>();
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (words.Count > 0 && words[^1].Span == token.Span)
            {
                words[^1] = words[^1] with { LastToken = i };
                continue;
            }

            words.Add(new WrittenWord(token.Span, token.Kind, token.TextStart, token.TextEnd, FirstToken: i, LastToken: i, IsPronounI: token.Normalized == "i"));
        }

        return words;
    }

    private static WordCase Classify(SourceText text, WrittenWord word, FrozenSet<string> extraAcronyms)
    {
        if (word.Kind != WordTokenKind.Word)
        {
            return WordCase.Other;
        }

        var written = text.Slice(word.Span);
        var letters = 0;
        foreach (var c in written)
        {
            if (char.IsDigit(c) || char.IsLower(c) || (char.IsLetter(c) && !char.IsUpper(c)))
            {
                return WordCase.Other;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        if (letters == 0)
        {
            return WordCase.Other;
        }

        var key = written.ToString();
        if (letters == 1 || Acronyms.Contains(key) || extraAcronyms.Contains(key))
        {
            return WordCase.Passive;
        }

        return WordCase.Shouted;
    }

    private static int CountLetters(ReadOnlySpan<char> written)
    {
        var letters = 0;
        foreach (var c in written)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }

    private static FrozenSet<string> ReadAcronymsOption(AnalyzerOptions options)
    {
        if (!options.TryGetValue(Id, AcronymsOption, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return FrozenSet<string>.Empty;
        }

        var words = value.Split([',', ' ', '\t', '\n', '\r', '[', ']', '"', '\''], StringSplitOptions.RemoveEmptyEntries);
        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }


    private enum WordCase
    {
        // Not in capitals, or not a word at all: ends a run.
        Other,

        // In capitals but not shouting: an acronym or a single letter ("I", "A").
        Passive,

        // In capitals and not an acronym.
        Shouted,
    }

    private readonly record struct WrittenWord(TextSpan Span, WordTokenKind Kind, int TextStart, int TextEnd, int FirstToken, int LastToken, bool IsPronounI)
    {
        public bool OpensSentence => FirstToken == 0;
    }
}
