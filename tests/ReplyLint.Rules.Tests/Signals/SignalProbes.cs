using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;
using ReplyLint.Rules.Signals;

namespace ReplyLint.Rules.Tests.Signals;

// Test-only analyzers that report what a signal finds, so that the signals run through the real engine and their
// tests use the same markup as the rules': [|...|] marks what the signal finds.

/// <summary>Reports the template (at offset 0) when <see cref="ComplaintContext"/> finds complaint context; the argument
/// is the evidence.</summary>
public sealed class ComplaintContextProbe : ReplyAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Probe.Descriptor("PROBE1", "complaint-context");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context)
    {
        ComplaintContext.RegisterPhrases(context);
        context.RegisterDocumentAction(static document =>
        {
            if (ComplaintContext.Find(document) is { } evidence)
            {
                document.ReportDocument(Descriptor, evidence);
            }
        });
    }
}

/// <summary>Reports every sincere apology; the argument says whether it names the problem ("names" or "bare").</summary>
public sealed class ApologyProbe : ReplyAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Probe.Descriptor("PROBE2", "apology");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context)
    {
        Apology.RegisterPhrases(context);
        context.RegisterDocumentAction(static document =>
        {
            foreach (var apology in Apology.FindSincere(document))
            {
                document.Report(Descriptor, apology.Span, null, Apology.NamesTheProblem(apology) ? "names" : "bare");
            }
        });
    }
}

/// <summary>Reports every refusal.</summary>
public sealed class RefusalProbe : ReplyAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Probe.Descriptor("PROBE3", "refusal");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context)
    {
        Refusal.RegisterPhrases(context);
        context.RegisterDocumentAction(static document =>
        {
            foreach (var refusal in Refusal.Find(document))
            {
                document.Report(Descriptor, refusal.Span, null, refusal.Text);
            }
        });
    }
}

/// <summary>Reports the first way forward; the argument names the list it came from.</summary>
public sealed class WayForwardProbe : ReplyAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Probe.Descriptor("PROBE4", "way-forward");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context)
    {
        WayForward.RegisterPhrases(context);
        context.RegisterDocumentAction(static document =>
        {
            if (WayForward.Find(document) is { } found)
            {
                document.Report(Descriptor, found.Span, null, found.List == WayForward.Alternatives ? "alternative" : found.List == WayForward.Teams ? "team" : "escalation");
            }
        });
    }
}

/// <summary>Reports every sentence that gives a concrete time frame.</summary>
public sealed class TimeFrameProbe : ReplyAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Probe.Descriptor("PROBE5", "time-frame");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterSentenceAction(static sentence =>
        {
            if (TimeFrame.IsIn(sentence.Sentence))
            {
                sentence.Report(Descriptor, sentence.Sentence.Span);
            }
        });
}

internal static class Probe
{
    public static DiagnosticDescriptor Descriptor(string id, string name) => new(
        id: id,
        name: name,
        title: "Signal probe",
        messageFormat: "Found '{0}'.",
        category: "Test",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Reports what a signal finds, for its tests.",
        helpUri: null);
}
