using System.Collections.Immutable;

namespace ReplyLint.Engine;

/// <summary>A run compared with a baseline.</summary>
/// <param name="Result">The run with the accepted findings moved to <see cref="LintResult.Suppressed"/> and the
/// RL0005 finding, if any, in report order: what every report format shows.</param>
/// <param name="Matched">How many findings the baseline accepted.</param>
/// <param name="Stale">The entries that match no finding although their file was linted (or no longer exists), in
/// file order.</param>
public sealed record BaselineMatch(LintResult Result, int Matched, ImmutableArray<BaselineEntry> Stale);
