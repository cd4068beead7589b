namespace ReplyLint.Diagnostics;

/// <summary>How serious a finding is, in Roslyn's words. Ordered from least to most serious.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The rule is off.</summary>
    None,

    /// <summary>The rule runs but its findings are not shown (SARIF level <c>none</c>).</summary>
    Silent,

    /// <summary>A suggestion; printed as <c>info</c> in text output, SARIF level <c>note</c>.</summary>
    Suggestion,

    /// <summary>A warning; fails the run only over <c>--max-warnings</c>.</summary>
    Warning,

    /// <summary>An error; fails the run (exit code 1).</summary>
    Error,
}

/// <summary>The words used for severities in configuration files and output.</summary>
public static class DiagnosticSeverityNames
{
    /// <summary>The configuration word: <c>error</c>, <c>warning</c>, <c>suggestion</c>, <c>silent</c> or <c>none</c>.</summary>
    public static string ToConfigName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Suggestion => "suggestion",
        DiagnosticSeverity.Silent => "silent",
        _ => "none",
    };

    /// <summary>Reads a configuration word; false when it is none of the five.</summary>
    public static bool TryParse(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "warning": severity = DiagnosticSeverity.Warning; return true;
            case "suggestion": severity = DiagnosticSeverity.Suggestion; return true;
            case "silent": severity = DiagnosticSeverity.Silent; return true;
            case "none": severity = DiagnosticSeverity.None; return true;
            default: severity = DiagnosticSeverity.None; return false;
        }
    }
}
