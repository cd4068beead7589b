using System.Collections.Immutable;
using ReplyLint.Diagnostics;

namespace ReplyLint.Analysis;

/// <summary>The base of every rule, built-in or from a plugin. One instance serves every file and thread,
/// so an analyzer keeps no per-file state: everything it needs comes through the contexts.</summary>
public abstract class ReplyAnalyzer
{
    /// <summary>The rules this analyzer reports. Reporting any other descriptor is an error (RL0001).</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Called once per run: register document, sentence and phrase actions on <paramref name="context"/>.</summary>
    public abstract void Initialize(AnalysisContext context);

    /// <summary>The name used in RL0001 messages: the class name.</summary>
    public virtual string Name => GetType().Name;
}
