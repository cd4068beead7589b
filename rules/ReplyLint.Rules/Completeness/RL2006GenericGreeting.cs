using System.Collections.Frozen;
using ReplyLint.Parsing;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Rules.Completeness;

/// <summary>RL2006 generic-greeting: the reply opens with a greeting for anyone ("Dear valued customer", "To whom it
/// may concern") instead of the customer's name.</summary>
/// <remarks>Guideline: give each customer a personal service, not a form letter; a reply that does not know their
/// name tells them nobody read their message. Only the greeting counts: the first sentence of the first paragraph
/// that is not a heading or a quote. A placeholder right after the greeting ("Dear valued customer {{name}}") means
/// the name is there. A placeholder's fallback is what the customer reads when the help desk has no name, so the
/// greeting is also read with each fallback in place of its placeholder ("Hi {{first_name | fallback: 'valued
/// customer'}}" reads "Hi valued customer"), and a generic one is reported on the fallback. The fix needs to know the
/// help desk's name placeholder, so it is offered only when the <c>name-placeholder</c> option sets one, and never for a
/// fallback. Docs: rules/docs/RL2006.md.</remarks>
public sealed class RL2006GenericGreeting : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL2006";

    /// <summary>The option naming the placeholder the fix writes, such as <c>{{ customer.first_name }}</c>.</summary>
    public const string NamePlaceholderOption = "name-placeholder";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "generic-greeting",
        title: "Generic greeting",
        messageFormat: "'{0}' could be addressed to anyone; {1}.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A greeting that does not use the customer's name reads as a mass mailing before the reply has said anything.",
        options: [OptionDescriptor.Text(NamePlaceholderOption, "The placeholder your help desk fills with the customer's name; when set, the rule offers a fix that writes it.")]);

    private const string UseTheName = "greet the customer by name with your help desk's name placeholder";
    private const string FriendlierFallback = "the customer reads it when the help desk has no name, so make the fallback a word that greets anyone, such as 'there'";

    private static readonly PhraseList Phrases = PhraseList.FromEmbeddedYaml<RL2006GenericGreeting>("phrases.yaml");

    // The words of a greeting the fix keeps: "Dear valued customer" becomes "Dear {{name}}".
    private static readonly FrozenSet<string> GreetingWords = FrozenSet.Create(
        StringComparer.Ordinal, "dear", "hello", "hi", "hey", "greetings", "good", "morning", "afternoon", "evening");

    // "Dear Customer Service," addresses a team (an escalation template, a letter to a partner), not a customer.
    private static readonly FrozenSet<string> TeamWords = FrozenSet.Create(
        StringComparer.Ordinal, "service", "services", "support", "care", "success", "relations", "team", "experience", "desk");

    // "Hi [Customer Name," and "Dear Customer First Name" are a name slot written by hand (RL3001 reports a broken
    // one), not a greeting to "customer": the word after the match names the slot.
    private static readonly FrozenSet<string> NameSlotWords = FrozenSet.Create(
        StringComparer.Ordinal, "name", "names", "first", "firstname", "full", "fullname", "last", "surname");

    // How far after a greeting a placeholder still stands for the name: "Dear customer, {{name}}".
    private const int NameReach = 2;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Phrases);
        context.RegisterDocumentAction(static document =>
        {
            var greeting = document.Document.Blocks.FirstOrDefault(static b => !b.IsQuoted && b.Kind != ProseBlockKind.Heading);
            if (greeting is null || greeting.Sentences.IsDefaultOrEmpty)
            {
                return;
            }

            var sentence = greeting.Sentences[0];
            var match = document.GetMatches(Phrases).FirstOrDefault(m => ReferenceEquals(m.Sentence, sentence));
            if (match is not null && IsGeneric(match))
            {
                var name = document.Options.TryGetValue(Id, NamePlaceholderOption, out var configured) && !string.IsNullOrWhiteSpace(configured)
                    ? configured.Trim()
                    : null;
                document.Report(Descriptor, match.Span, name is null ? null : PersonalGreeting(match, name), match.Text, UseTheName);
                return;
            }

            ReportGenericFallbacks(document, sentence);
        });
    }

    private static bool IsGeneric(PhraseMatch match) => !HasNameNearby(match) && !AddressesATeam(match) && !IsANameSlot(match);

    // "Hi {{first_name | fallback: 'valued customer'}}": read the greeting as a customer without a name on file reads it,
    // each fallback in place of its placeholder, and report a generic reading on the fallback's own text.
    private static void ReportGenericFallbacks(DocumentAnalysisContext context, Sentence sentence)
    {
        var document = context.Document;
        for (var i = 0; i < sentence.Tokens.Length; i++)
        {
            var token = sentence.Tokens[i];
            if (token.Kind != WordTokenKind.Placeholder
                || document.PlaceholderAt(token.Span.Start) is not { Fallback: { Length: > 0 } fallback, FallbackSpan: { } fallbackSpan }
                || WithFallback(document, sentence, i, fallback, fallbackSpan) is not { } read)
            {
                continue;
            }

            var (readSentence, first, count) = read;
            var generic = Phrases.FindMatches(readSentence).FirstOrDefault(m => m.FirstToken < first + count && first < m.FirstToken + m.TokenCount && IsGeneric(m));
            if (generic is not null)
            {
                context.Report(Descriptor, fallbackSpan, null, fallback, FriendlierFallback);
            }
        }
    }

    // The sentence with the placeholder token at `index` replaced by the words of its fallback, which keep source spans
    // inside the fallback; the index and count of those words. Null when the fallback has no words.
    private static (Sentence Sentence, int First, int Count)? WithFallback(TemplateDocument document, Sentence sentence, int index, string fallback, TextSpan fallbackSpan)
    {
        var words = TemplateParser.Parse(new SourceText(fallback), "fallback.txt", TemplateFormat.PlainText).Sentences.SelectMany(static s => s.Tokens).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        // The fallback's words map into its span one to one when it is written as it reads; otherwise (an export reader
        // may have decoded it) each word takes the whole span.
        var exact = fallbackSpan.Length == fallback.Length && document.Text.Slice(fallbackSpan).SequenceEqual(fallback);
        var placeholder = sentence.Tokens[index];
        var shift = fallback.Length - (placeholder.TextEnd - placeholder.TextStart);
        var tokens = ImmutableArray.CreateBuilder<WordToken>(sentence.Tokens.Length + words.Count - 1);
        tokens.AddRange(sentence.Tokens, index);
        foreach (var word in words)
        {
            var span = exact ? new TextSpan(fallbackSpan.Start + word.Span.Start, word.Span.Length) : fallbackSpan;
            tokens.Add(word with { Span = span, TextStart = placeholder.TextStart + word.Span.Start, TextEnd = placeholder.TextStart + word.Span.End });
        }

        for (var i = index + 1; i < sentence.Tokens.Length; i++)
        {
            var after = sentence.Tokens[i];
            tokens.Add(after with { TextStart = after.TextStart + shift, TextEnd = after.TextEnd + shift });
        }

        var text = string.Concat(sentence.Text.AsSpan(0, placeholder.TextStart), fallback, sentence.Text.AsSpan(placeholder.TextEnd));
        return (new Sentence(sentence.Span, text, tokens.MoveToImmutable(), sentence.BlockKind, sentence.IsQuoted), index, words.Count);
    }

    private static bool AddressesATeam(PhraseMatch match)
    {
        var next = match.FirstToken + match.TokenCount;
        return next < match.Sentence.Tokens.Length && TeamWords.Contains(match.Sentence.Tokens[next].Normalized);
    }

    private static bool IsANameSlot(PhraseMatch match)
    {
        var next = match.FirstToken + match.TokenCount;
        return next < match.Sentence.Tokens.Length && NameSlotWords.Contains(match.Sentence.Tokens[next].Normalized);
    }

    private static bool HasNameNearby(PhraseMatch match)
    {
        var tokens = match.Sentence.Tokens;
        var end = Math.Min(tokens.Length, match.FirstToken + match.TokenCount + NameReach);
        for (var i = match.FirstToken; i < end; i++)
        {
            if (tokens[i].Kind == WordTokenKind.Placeholder)
            {
                return true;
            }
        }

        return false;
    }

    // Keeps the greeting word and puts the name in place of the rest: "Hello valued customer" → "Hello {{name}}",
    // "Good morning dear customer" → "Good morning {{name}}"; "To whom it may concern" → "Dear {{name}}".
    private static Fix PersonalGreeting(PhraseMatch match, string name)
    {
        var tokens = match.Sentence.Tokens;
        var kept = 0;
        while (kept < match.TokenCount - 1 && GreetingWords.Contains(tokens[match.FirstToken + kept].Normalized))
        {
            kept++;
        }

        if (kept == 0)
        {
            var dear = char.IsUpper(match.Text[0]) ? "Dear " : "dear ";
            return Fix.Replace(match.Span, dear + name);
        }

        var replaced = TextSpan.FromBounds(tokens[match.FirstToken + kept].Span.Start, match.Span.End);
        return Fix.Replace(replaced, name);
    }
}
