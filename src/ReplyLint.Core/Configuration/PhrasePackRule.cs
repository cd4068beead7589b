using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;

namespace ReplyLint.Configuration;

/// <summary>One rule of a phrase pack: an analyzer that reports its descriptor on every match of its list, with
/// the phrase's <c>suggest</c> as the fix, exactly as a built-in phrase rule does.</summary>
internal sealed class PhrasePackRule : ReplyAnalyzer
{
    public PhrasePackRule(DiagnosticDescriptor descriptor, PhraseList phrases, string origin, string nameOrigin, int line, int column)
    {
        Descriptor = descriptor;
        Phrases = phrases;
        Origin = origin;
        NameOrigin = nameOrigin;
        Line = line;
        Column = column;
        SupportedDiagnostics = [descriptor];
    }

    public DiagnosticDescriptor Descriptor { get; }

    public PhraseList Phrases { get; }

    /// <summary>Where the ID is written: <c>file(line,col)</c>.</summary>
    public string Origin { get; }

    /// <summary>Where the name is written: <c>file(line,col)</c>.</summary>
    public string NameOrigin { get; }

    /// <summary>The 1-based line of the ID.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the ID.</summary>
    public int Column { get; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override string Name => $"{Descriptor.Id} {Descriptor.Name}";

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Phrases, ReportMatch);
    }

    private void ReportMatch(PhraseMatchContext match) => match.Report(Descriptor);
}
