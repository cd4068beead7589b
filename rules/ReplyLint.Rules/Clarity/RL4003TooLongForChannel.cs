using System.Globalization;
using ReplyLint.Syntax;

namespace ReplyLint.Rules.Clarity;

/// <summary>RL4003 too-long-for-channel: the reply is longer than its channel (front matter <c>channel</c>) allows.</summary>
/// <remarks>Speed of response: a customer on chat, SMS or social media expects a quick, short answer, and a wall of
/// text there is slow to read, gets split into pieces or is cut off. Chat is measured in words, SMS and social in
/// characters of the reply as sent; e-mail and templates without a channel are not checked.
/// Docs: rules/docs/RL4003.md.</remarks>
public sealed class RL4003TooLongForChannel : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL4003";

    /// <summary>The word limit of a chat reply.</summary>
    internal const string MaxWordsOption = "max-words";

    /// <summary>The character limit of an SMS reply.</summary>
    internal const string MaxSmsCharsOption = "max-sms-chars";

    /// <summary>The character limit of a social media reply.</summary>
    internal const string MaxSocialCharsOption = "max-social-chars";

    /// <summary>The characters assumed for each placeholder that prints text.</summary>
    internal const string PlaceholderCharsOption = "placeholder-chars";

    internal const int DefaultMaxWords = 80;
    internal const int DefaultMaxSmsChars = 160;
    internal const int DefaultMaxSocialChars = 280;
    internal const int DefaultPlaceholderChars = 10;

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "too-long-for-channel",
        title: "Too long for the channel",
        messageFormat: "'{0}' replies should stay within '{2}', and this one has '{1}'; cut it down, or link to a help article for the details.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Chat, SMS and social replies are read on a phone in a few seconds. A reply longer than the channel allows is split, cut off or skimmed; keep it to the answer and the next step, and link to the rest.",
        options:
        [
            OptionDescriptor.WholeNumber(MaxWordsOption, "The most words of a chat reply; default 80."),
            OptionDescriptor.WholeNumber(MaxSmsCharsOption, "The most characters of an sms reply; default 160."),
            OptionDescriptor.WholeNumber(MaxSocialCharsOption, "The most characters of a social reply; default 280."),
            OptionDescriptor.WholeNumber(PlaceholderCharsOption, "The characters assumed for each placeholder that prints text; default 10.", minimum: 0),
        ]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(static context =>
        {
            var document = context.Document;
            var channel = document.FrontMatter?.Channel?.Trim();
            if (string.IsNullOrEmpty(channel))
            {
                return;
            }

            var options = context.Options;
            var (measured, limit, unit) = channel.ToLowerInvariant() switch
            {
                "chat" => (CountWords(document), ProseMeasure.Option(options, Id, MaxWordsOption, DefaultMaxWords), "words"),
                "sms" => (CountCharacters(document, options), ProseMeasure.Option(options, Id, MaxSmsCharsOption, DefaultMaxSmsChars), "characters"),
                "social" => (CountCharacters(document, options), ProseMeasure.Option(options, Id, MaxSocialCharsOption, DefaultMaxSocialChars), "characters"),
                _ => (0, int.MaxValue, string.Empty), // e-mail and other channels have no length limit
            };

            if (measured <= limit)
            {
                return;
            }

            context.ReportDocument(
                Descriptor,
                channel,
                string.Create(CultureInfo.InvariantCulture, $"{measured} {unit}"),
                string.Create(CultureInfo.InvariantCulture, $"{limit} {unit}"));
        });
    }

    // Everything the customer receives counts, quotes and headings included: they are sent too.
    private static int CountWords(TemplateDocument document)
    {
        var words = 0;
        foreach (var sentence in document.Sentences)
        {
            words += ProseMeasure.Words(sentence, document);
        }

        return words;
    }

    private static int CountCharacters(TemplateDocument document, AnalyzerOptions options) =>
        ProseMeasure.RenderedCharacters(document, ProseMeasure.Option(options, Id, PlaceholderCharsOption, DefaultPlaceholderChars, minimum: 0));
}
