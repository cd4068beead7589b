using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ReplyLint.Analysis;
using ReplyLint.Configuration;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Rules;

namespace ReplyLint.Cli;

/// <summary>The analyzers of a run: the built-in rules, then the rules of each phrase pack, then each plugin's
/// analyzers. Every source of packs and plugins (the command line, configuration) ends here, so a rule ID is checked
/// against all the others in one place.</summary>
/// <param name="Analyzers">What the engine runs; empty when <paramref name="Error"/> is set.</param>
/// <param name="Warnings">Problems that did not stop the run (unknown keys in a pack), one line each.</param>
/// <param name="Notes">What the user should know (plugins ignored), one line each.</param>
/// <param name="Error">Why the run cannot start, on one line; null when it can.</param>
internal sealed record AnalyzerSet(ImmutableArray<ReplyAnalyzer> Analyzers, ImmutableArray<string> Warnings, ImmutableArray<string> Notes, string? Error)
{
    /// <summary>The message when this build cannot load plugins.</summary>
    public static string PluginsNeedTheToolBuild(string pluginPath) =>
        $"plugins need the .NET tool build of replylint: this native binary cannot load '{pluginPath}'; run the .NET tool (see docs/plugins.md), or pass --no-plugins to lint without plugins.";

    /// <summary>Composes the built-in rules with the packs and plugins at <paramref name="packPaths"/> and
    /// <paramref name="pluginPaths"/> (relative to <paramref name="workingDirectory"/> or absolute; a path given
    /// twice counts once).</summary>
    /// <param name="packPaths">Phrase packs (YAML), in order.</param>
    /// <param name="pluginPaths">Plugin assemblies, in order.</param>
    /// <param name="allowPlugins">False for <c>--no-plugins</c>: every plugin is ignored, with a note.</param>
    /// <param name="workingDirectory">What relative paths are relative to, and what reported paths are relative to.</param>
    public static AnalyzerSet Compose(IEnumerable<string> packPaths, IEnumerable<string> pluginPaths, bool allowPlugins, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(packPaths);
        ArgumentNullException.ThrowIfNull(pluginPaths);
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        var analyzers = ImmutableArray.CreateBuilder<ReplyAnalyzer>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var notes = ImmutableArray.CreateBuilder<string>();
        var rules = new RuleOwners();
        foreach (var analyzer in BuiltInRules.All)
        {
            rules.AddBuiltIn(analyzer.SupportedDiagnostics);
        }

        rules.AddBuiltIn(ToolDiagnostics.All);
        analyzers.AddRange(BuiltInRules.All);

        try
        {
            foreach (var (fullPath, displayPath) in Resolve(packPaths, workingDirectory))
            {
                var pack = LoadPack(fullPath, displayPath);
                warnings.AddRange(pack.Warnings);
                foreach (var rule in pack.Rules)
                {
                    rules.Add(rule.Descriptor, rule.Origin, rule.NameOrigin, checkShape: false);
                    analyzers.Add(rule);
                }
            }

            var plugins = Resolve(pluginPaths, workingDirectory);
            if (!allowPlugins)
            {
                if (plugins.Count > 0)
                {
                    notes.Add($"--no-plugins: not loading {Count(plugins.Count, "plugin")}: {string.Join(", ", plugins.Select(static p => p.DisplayPath))}");
                }
            }
            else if (plugins.Count > 0)
            {
                if (!PluginLoader.IsSupported)
                {
                    throw new CompositionException(PluginsNeedTheToolBuild(plugins[0].DisplayPath));
                }

                foreach (var (fullPath, displayPath) in plugins)
                {
                    var plugin = LoadPlugin(fullPath, displayPath);
                    foreach (var analyzer in plugin.Analyzers)
                    {
                        var where = plugin.Describe(analyzer);
                        foreach (var descriptor in analyzer.SupportedDiagnostics)
                        {
                            rules.Add(descriptor, where, where, checkShape: true);
                        }

                        analyzers.Add(analyzer);
                    }
                }
            }
        }
        catch (CompositionException exception)
        {
            return new AnalyzerSet([], warnings.ToImmutable(), notes.ToImmutable(), exception.Message);
        }

        return new AnalyzerSet(analyzers.ToImmutable(), warnings.ToImmutable(), notes.ToImmutable(), null);
    }

    /// <summary>Writes the warnings and notes to <paramref name="stderr"/>, one line each.</summary>
    public void WriteMessages(TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        foreach (var warning in Warnings)
        {
            stderr.WriteLine($"replylint: warning: {warning}");
        }

        foreach (var note in Notes)
        {
            stderr.WriteLine($"replylint: note: {note}");
        }
    }

    private static PhrasePack LoadPack(string fullPath, string displayPath)
    {
        if (!File.Exists(fullPath))
        {
            throw new CompositionException(Directory.Exists(fullPath)
                ? $"{displayPath}: is a folder; expected the path of a phrase pack (YAML)."
                : $"{displayPath}: no such file; expected the path of a phrase pack (YAML).");
        }

        try
        {
            return PhrasePack.Load(fullPath, displayPath);
        }
        catch (PhraseListException exception)
        {
            throw new CompositionException(exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CompositionException($"{displayPath}: could not be read: {exception.Message.TrimEnd('.')}.");
        }
    }

    // The only call into reflection-based loading: IsSupported (false in the native binary, where the AOT compiler
    // removes this code) guards it, and the JIT-compiled tool that runs it is never trimmed.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Runs only in the JIT-compiled tool, which is not trimmed; see PluginLoader.IsSupported.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Guarded by PluginLoader.IsSupported, which is false under native AOT.")]
    private static LoadedPlugin LoadPlugin(string fullPath, string displayPath)
    {
        if (!PluginLoader.IsSupported)
        {
            throw new CompositionException(PluginsNeedTheToolBuild(displayPath));
        }

        try
        {
            return PluginLoader.Load(fullPath, displayPath);
        }
        catch (PluginLoadException exception)
        {
            throw new CompositionException(exception.Message);
        }
    }

    private static List<(string FullPath, string DisplayPath)> Resolve(IEnumerable<string> paths, string workingDirectory)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new CompositionException("an empty path was given for a phrase pack or a plugin.");
            }

            var fullPath = Path.GetFullPath(path, workingDirectory);
            if (seen.Add(fullPath))
            {
                resolved.Add((fullPath, FileDiscovery.DisplayPath(fullPath, workingDirectory)));
            }
        }

        return resolved;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>Who declared each rule ID and name so far.</summary>
    private sealed class RuleOwners
    {
        private readonly Dictionary<string, (DiagnosticDescriptor Descriptor, string? Where)> _ids = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (DiagnosticDescriptor Descriptor, string? Where)> _names = new(StringComparer.OrdinalIgnoreCase);

        public void AddBuiltIn(IEnumerable<DiagnosticDescriptor> descriptors)
        {
            foreach (var descriptor in descriptors)
            {
                _ids[descriptor.Id] = (descriptor, null);
                _names[descriptor.Name] = (descriptor, null);
            }
        }

        /// <summary>Adds a pack's or plugin's rule; <paramref name="where"/> locates its ID, <paramref name="nameWhere"/> its name.</summary>
        public void Add(DiagnosticDescriptor descriptor, string where, string nameWhere, bool checkShape)
        {
            if (_ids.TryGetValue(descriptor.Id, out var owner))
            {
                // Two analyzers of one plugin may share a descriptor, as Roslyn's do.
                if (ReferenceEquals(owner.Descriptor, descriptor))
                {
                    return;
                }

                throw new CompositionException(owner.Where is null
                    ? $"{where}: rule ID '{descriptor.Id}' collides with built-in rule {owner.Descriptor.Id} {owner.Descriptor.Name}."
                    : PhrasePack.DefinedTwice($"'{descriptor.Id}'", owner.Where, where));
            }

            if (checkShape && !RuleIdentity.IsValidId(descriptor.Id))
            {
                throw new CompositionException($"{where}: '{descriptor.Id}' is not a valid rule ID; expected {RuleIdentity.IdShape}.");
            }

            if (RuleIdentity.IsReserved(descriptor.Id))
            {
                throw new CompositionException(
                    $"{where}: rule ID '{descriptor.Id}' starts with '{RuleIdentity.ReservedPrefix}', which is reserved for built-in rules; expected a prefix of your own, such as 'ACME001'.");
            }

            if (_names.TryGetValue(descriptor.Name, out var nameOwner))
            {
                throw new CompositionException(nameOwner.Where is null
                    ? $"{nameWhere}: rule name '{descriptor.Name}' collides with built-in rule {nameOwner.Descriptor.Id} {nameOwner.Descriptor.Name}."
                    : PhrasePack.DefinedTwice($"rule name '{descriptor.Name}'", nameOwner.Where, nameWhere));
            }

            if (checkShape && !RuleIdentity.IsValidName(descriptor.Name))
            {
                throw new CompositionException($"{nameWhere}: '{descriptor.Name}' is not a valid rule name; expected {RuleIdentity.NameShape}.");
            }

            _ids[descriptor.Id] = (descriptor, where);
            _names[descriptor.Name] = (descriptor, nameWhere);
        }
    }

    private sealed class CompositionException(string message) : Exception(message);
}
