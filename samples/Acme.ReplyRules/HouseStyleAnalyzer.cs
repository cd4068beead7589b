using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;

namespace Acme.ReplyRules;

/// <summary>Acme's house style, as a ReplyLint plugin: ACME100 flags replies that quote policy at the customer, and
/// ACME101 flags an email reply that never names the agent who wrote it.</summary>
/// <remarks>replylint creates one instance and shares it across every file and thread, so the analyzer keeps no
/// state of its own; everything it needs comes through the contexts.</remarks>
public sealed class HouseStyleAnalyzer : ReplyAnalyzer
{
    /// <summary>ACME100 policy-wording.</summary>
    public static DiagnosticDescriptor PolicyWording { get; } = new(
        id: "ACME100",
        name: "policy-wording",
        title: "Reply quotes policy at the customer",
        messageFormat: "'{0}' quotes policy at the customer; explain what the rule protects and what we can do instead.",
        category: RuleCategories.Tone,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Acme house style: a customer told 'per our policy' hears a closed door. Say why, and offer the next step.",
        helpUri: new Uri("https://example.com/acme/support-style#policy-wording"));

    /// <summary>ACME101 unsigned-reply.</summary>
    public static DiagnosticDescriptor UnsignedReply { get; } = new(
        id: "ACME101",
        name: "unsigned-reply",
        title: "Email reply is not signed by an agent",
        messageFormat: "This email reply never names the agent who wrote it; end it with a signature that uses the agent's name placeholder.",
        category: RuleCategories.Completeness,
        defaultSeverity: DiagnosticSeverity.Suggestion,
        isEnabledByDefault: true,
        description: "Acme house style: customers answer a person more kindly than a department.",
        helpUri: new Uri("https://example.com/acme/support-style#unsigned-reply"));

    // Loaded once, when replylint creates the analyzer; the engine compiles it with every other rule's phrases.
    private static readonly PhraseList PolicyPhrases = PhraseList.FromEmbeddedYaml<HouseStyleAnalyzer>("phrases.yaml");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [PolicyWording, UnsignedReply];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(PolicyPhrases, static match => match.Report(PolicyWording));
        context.RegisterDocumentAction(static document =>
        {
            var channel = document.Document.FrontMatter?.Channel;
            if (channel is not null && !string.Equals(channel, "email", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            foreach (var placeholder in document.Document.Placeholders)
            {
                if (placeholder.Name.StartsWith("agent", StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }

            document.ReportDocument(UnsignedReply);
        });
    }
}
