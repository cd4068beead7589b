using System.Collections.Immutable;
using ReplyLint.Diagnostics;

namespace ReplyLint.Configuration;

/// <summary>One <c>.replylint.yaml</c> file as written, checked for shape and types. Rule keys are kept as written:
/// which rules exist is known only once packs and plugins are loaded, so they are matched to rules later
/// (<see cref="ConfigResolver.Bind"/>). Relative paths are already resolved against <see cref="Directory"/>.</summary>
public sealed class ReplyLintConfig
{
    internal ReplyLintConfig(string fullPath, string displayPath)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Directory = Path.GetDirectoryName(fullPath)!;
    }

    /// <summary>The file's absolute path.</summary>
    public string FullPath { get; }

    /// <summary>The file's path as reported: relative to the working directory, with <c>/</c>.</summary>
    public string DisplayPath { get; }

    /// <summary>The folder the file is in, which its globs and paths are relative to.</summary>
    public string Directory { get; }

    /// <summary><c>root: true</c>: files in the folders above are not read.</summary>
    public bool IsRoot { get; internal set; }

    /// <summary>The <c>include</c> globs, or null when not set (a folder then contributes its <c>*.md</c>,
    /// <c>*.markdown</c>, <c>*.txt</c>, <c>*.html</c> and <c>*.htm</c> files).</summary>
    public ImmutableArray<string>? Include { get; internal set; }

    /// <summary>The <c>exclude</c> globs.</summary>
    public ImmutableArray<string> Exclude { get; internal set; } = [];

    /// <summary>The <c>rules</c> entries, in file order.</summary>
    public ImmutableArray<RuleSetting> Rules { get; internal set; } = [];

    /// <summary>The <c>overrides</c> entries, in file order (a later one wins).</summary>
    public ImmutableArray<ConfigOverride> Overrides { get; internal set; } = [];

    /// <summary><c>placeholders: known:</c>, or null when not set. It becomes RL3002's <c>known</c> option.</summary>
    public ImmutableArray<string>? KnownPlaceholders { get; internal set; }

    /// <summary>Where <see cref="KnownPlaceholders"/> is written.</summary>
    public ConfigSource? KnownPlaceholdersSource { get; internal set; }

    /// <summary>The <c>formats</c> entries: how the templates of JSON listings are found, in file order (the first whose
    /// <c>files</c> match a file wins).</summary>
    internal ImmutableArray<Exports.FormatMapping> Formats { get; set; } = [];

    /// <summary>The <c>packs</c> (phrase packs), resolved, in file order.</summary>
    public ImmutableArray<ConfigReference> Packs { get; internal set; } = [];

    /// <summary>The <c>plugins</c> (analyzer assemblies), resolved, in file order.</summary>
    public ImmutableArray<ConfigReference> Plugins { get; internal set; } = [];

    /// <summary>Problems that do not stop the run: unknown keys.</summary>
    public ImmutableArray<ConfigWarning> Warnings { get; internal set; } = [];

    /// <inheritdoc/>
    public override string ToString() => DisplayPath;
}

/// <summary>One entry under <c>rules</c>: a rule ID or name with a severity, options, or both.</summary>
/// <param name="Key">The ID or name as written, such as <c>RL4001</c> or <c>long-sentence</c>.</param>
/// <param name="Source">Where the key is written.</param>
/// <param name="Severity">The severity, when set.</param>
/// <param name="Options">The options, in file order.</param>
public sealed record RuleSetting(string Key, ConfigSource Source, DiagnosticSeverity? Severity, ImmutableArray<RuleOptionSetting> Options);

/// <summary>One option under a rule, such as <c>max-words: 30</c>.</summary>
/// <param name="Name">The key as written.</param>
/// <param name="Value">The value's text; a list's items are joined with <c>", "</c>.</param>
/// <param name="IsList">Whether the value was written as a list.</param>
/// <param name="Source">Where the key is written.</param>
/// <param name="ValueSource">Where the value is written.</param>
public sealed record RuleOptionSetting(string Name, string Value, bool IsList, ConfigSource Source, ConfigSource ValueSource);

/// <summary>One entry under <c>overrides</c>: rule settings for the files its globs match.</summary>
/// <param name="Files">The globs, relative to the configuration's folder.</param>
/// <param name="Rules">The rule settings, which win over the top-level ones and over earlier overrides.</param>
/// <param name="Source">Where the entry starts.</param>
public sealed record ConfigOverride(ImmutableArray<string> Files, ImmutableArray<RuleSetting> Rules, ConfigSource Source);
