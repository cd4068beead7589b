using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Cli.Formatters;
using ReplyLint.Configuration;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;

namespace ReplyLint.Cli.Commands;

/// <summary>The lint command's configuration step: which <c>.replylint.yaml</c> files apply (the nearest, or the one
/// given with <c>--config</c>), what they include and exclude, and the settings of each template. Problems are one
/// line on stderr: errors stop the run (exit code 2), warnings are also reported as tool notifications.</summary>
internal sealed class LintConfiguration
{
    private readonly Dictionary<string, FileSettings> _byFile;

    private LintConfiguration(FileSettings runSettings, Dictionary<string, FileSettings> byFile, ImmutableArray<ToolNotification> notifications)
    {
        RunSettings = runSettings;
        _byFile = byFile;
        Notifications = notifications;
    }

    /// <summary>The settings of the working directory (or of the <c>--config</c> file): the run-wide ones.</summary>
    public FileSettings RunSettings { get; }

    /// <summary>The configuration warnings, as report notifications.</summary>
    public ImmutableArray<ToolNotification> Notifications { get; }

    /// <summary>The resolver for <c>--config FILE</c>, or one that discovers the nearest files; null after an error.</summary>
    public static ConfigResolver? CreateResolver(string? configPath, string workingDirectory, TextWriter stderr)
    {
        try
        {
            return configPath is null ? ConfigResolver.Discover(workingDirectory) : ConfigResolver.FromFile(configPath, workingDirectory);
        }
        catch (ConfigException exception)
        {
            stderr.WriteLine($"replylint: error: {exception.Message}");
            return null;
        }
    }

    /// <summary>Finds the templates, honouring the configuration's <c>include</c> and <c>exclude</c>; null after an error.</summary>
    public static DiscoveryResult? Discover(ConfigResolver configs, IEnumerable<string> paths, string workingDirectory, TextWriter stderr)
    {
        try
        {
            return FileDiscovery.Discover(paths, workingDirectory, new DiscoveryFilter { IsIncluded = configs.IsIncluded, IsExcluded = configs.IsExcluded, HasExportMapping = configs.HasFormatFor });
        }
        catch (ConfigException exception)
        {
            stderr.WriteLine($"replylint: error: {exception.Message}");
            return null;
        }
    }

    /// <summary>Matches the configuration to the rules of the run and works out each file's settings up front, so that
    /// every error comes out before linting starts; null after an error. Warnings go to stderr.</summary>
    public static LintConfiguration? Bind(ConfigResolver configs, IEnumerable<ReplyAnalyzer> analyzers, IReadOnlyList<TemplateFile> files, TextWriter stderr)
    {
        try
        {
            var binding = configs.Bind(ToolDiagnostics.All.Concat(analyzers.SelectMany(static a => a.SupportedDiagnostics)));
            var runSettings = binding.RunSettings;
            var byFile = new Dictionary<string, FileSettings>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                byFile[file.FullPath] = binding.SettingsFor(file.FullPath);
            }

            var notifications = ImmutableArray.CreateBuilder<ToolNotification>();
            foreach (var warning in binding.Warnings)
            {
                stderr.WriteLine($"replylint: warning: {warning}");
                notifications.Add(new ToolNotification("warning", warning.Message, warning.Source.DisplayPath, warning.Source.Line, warning.Source.Column));
            }

            return new LintConfiguration(runSettings, byFile, notifications.ToImmutable());
        }
        catch (ConfigException exception)
        {
            stderr.WriteLine($"replylint: error: {exception.Message}");
            return null;
        }
    }

    /// <summary>The engine options of the run: run-wide settings, and each file's own.</summary>
    public LintOptions Apply(LintOptions options) => options with
    {
        Severities = RunSettings.Severities,
        AnalyzerOptions = RunSettings.AnalyzerOptions,
        SettingsFor = path => _byFile.GetValueOrDefault(path, RunSettings),
    };
}
