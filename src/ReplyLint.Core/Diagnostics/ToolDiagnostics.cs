namespace ReplyLint.Diagnostics;

/// <summary>The tool's own rules (RL0xxx): the engine raises them, so they live in Core.</summary>
public static class ToolDiagnostics
{
    /// <summary>RL0001 analyzer-exception: an analyzer threw on a file; the run went on without its findings there.</summary>
    public static DiagnosticDescriptor AnalyzerException { get; } = new(
        id: "RL0001",
        name: "analyzer-exception",
        title: "An analyzer failed on this file",
        messageFormat: "Analyzer '{0}' threw '{1}' on this file and was skipped here: '{2}'.",
        category: RuleCategories.Tool,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A rule crashed while reading this template. Its findings for the file are missing; the other rules and files were linted.",
        helpUri: HelpLinks.ForRule("RL0001"));

    /// <summary>RL0002 unreadable-file: binary, undecodable, too large or unreadable input.</summary>
    public static DiagnosticDescriptor UnreadableFile { get; } = new(
        id: "RL0002",
        name: "unreadable-file",
        title: "The file could not be read as a template",
        messageFormat: "The file was not linted: '{0}'.",
        category: RuleCategories.Tool,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The file is binary, not valid UTF-8 or UTF-16, too large, nested too deeply to parse, or could not be opened, so it was not linted.",
        helpUri: HelpLinks.ForRule("RL0002"));

    /// <summary>RL0003 unused-suppression: a disable comment that suppressed nothing. <c>{0}</c> is the directive with the
    /// one rule that hid nothing; <c>{1}</c> says why, and what to do.</summary>
    public static DiagnosticDescriptor UnusedSuppression { get; } = new(
        id: "RL0003",
        name: "unused-suppression",
        title: "A suppression comment suppresses nothing",
        messageFormat: "'{0}' suppresses nothing{1}.",
        category: RuleCategories.Tool,
        defaultSeverity: DiagnosticSeverity.Suggestion,
        isEnabledByDefault: true,
        description: "A disable comment that no longer hides a finding only hides future ones by accident; one that names no rule, or a rule that cannot be suppressed, never hides anything.",
        helpUri: HelpLinks.ForRule("RL0003"));

    /// <summary>RL0004 invalid-front-matter: the YAML front matter could not be read; the body was still linted.</summary>
    public static DiagnosticDescriptor InvalidFrontMatter { get; } = new(
        id: "RL0004",
        name: "invalid-front-matter",
        title: "The front matter is not valid YAML",
        messageFormat: "The front matter could not be read ('{0}'); the body was linted without it.",
        category: RuleCategories.Tool,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Front matter carries the template's intent, channel and suppressions; when it cannot be read, rules that depend on it guess.",
        helpUri: HelpLinks.ForRule("RL0004"));

    /// <summary>RL0005 stale-baseline-entry: baseline entries for linted files that no finding matches any more.</summary>
    public static DiagnosticDescriptor StaleBaselineEntry { get; } = new(
        id: "RL0005",
        name: "stale-baseline-entry",
        title: "Baseline entries match no finding",
        messageFormat: "Baseline entries that match no finding any more: '{0}' (the first is '{1}' in '{2}'); run with --update-baseline to drop them.",
        category: RuleCategories.Tool,
        defaultSeverity: DiagnosticSeverity.Suggestion,
        isEnabledByDefault: true,
        description: "The findings these entries accepted were fixed or reworded. Left in the baseline, an entry would accept the same finding again if it came back.",
        helpUri: HelpLinks.ForRule("RL0005"));

    /// <summary>Every tool rule, in ID order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [AnalyzerException, UnreadableFile, UnusedSuppression, InvalidFrontMatter, StaleBaselineEntry];
}
