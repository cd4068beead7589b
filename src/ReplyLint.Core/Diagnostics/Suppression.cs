namespace ReplyLint.Diagnostics;

/// <summary>Why a finding is hidden. Suppressed findings stay out of every report unless it asks for them (SARIF with
/// <c>--include-suppressed</c>, where they carry this as <c>suppressions</c>).</summary>
/// <param name="Kind">Where the suppression lives: <see cref="SuppressionKind.InSource"/> for a comment or front matter
/// in the template, <see cref="SuppressionKind.External"/> for configuration or a baseline.</param>
/// <param name="Justification">The reason the author gave, if any.</param>
public sealed record Suppression(SuppressionKind Kind, string? Justification = null);

/// <summary>Where a suppression lives (SARIF's <c>suppression.kind</c>).</summary>
public enum SuppressionKind
{
    /// <summary>In the template itself: a disable comment or the front matter.</summary>
    InSource,

    /// <summary>Outside the template: configuration or a baseline file.</summary>
    External,
}
