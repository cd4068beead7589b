using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using ReplyLint.Diagnostics;

namespace ReplyLint.Configuration;

/// <summary>Finds the configuration files that apply to each template, and answers what they say about it.</summary>
/// <remarks>
/// <para>Discovery: a template's folder and each folder above it may hold a <c>.replylint.yaml</c>; all of them apply,
/// the nearer winning, up to the first that says <c>root: true</c> (or the top of the file system). A resolver made
/// with <see cref="FromFile"/> uses that one file for every template instead.</para>
/// <para>Files are read on first use and kept for the run. Safe to use from several threads.</para>
/// </remarks>
public sealed class ConfigResolver
{
    /// <summary>The name of a configuration file.</summary>
    public const string FileName = ".replylint.yaml";

    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly Lock _gate = new();
    private readonly ReplyLintConfig? _explicit;
    private readonly Dictionary<string, ImmutableArray<ReplyLintConfig>> _chains = new(PathComparer);
    private readonly Dictionary<string, ReplyLintConfig> _loaded = new(PathComparer);
    private readonly Dictionary<ReplyLintConfig, (Matcher? Include, Matcher? Exclude)> _matchers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Exports.FormatMapping, Matcher> _formatMatchers = new(ReferenceEqualityComparer.Instance);

    private ConfigResolver(string workingDirectory, ReplyLintConfig? explicitConfig)
    {
        WorkingDirectory = workingDirectory;
        _explicit = explicitConfig;
        if (explicitConfig is not null)
        {
            _loaded[explicitConfig.FullPath] = explicitConfig;
        }
    }

    /// <summary>The folder displayed paths are relative to, and whose configuration holds the run-wide settings.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Whether one file was given for every template (<see cref="FromFile"/>).</summary>
    public bool IsExplicit => _explicit is not null;

    /// <summary>A resolver that looks for the nearest <c>.replylint.yaml</c> of each template.</summary>
    public static ConfigResolver Discover(string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(workingDirectory);
        return new ConfigResolver(Path.GetFullPath(workingDirectory), null);
    }

    /// <summary>A resolver that uses the file at <paramref name="path"/> for every template and reads no other.
    /// Its globs and paths are still relative to its own folder.</summary>
    /// <exception cref="ConfigException">The file does not exist or is not a valid configuration.</exception>
    public static ConfigResolver FromFile(string path, string workingDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var fullWorkingDirectory = Path.GetFullPath(workingDirectory);
        var fullPath = Path.GetFullPath(path, fullWorkingDirectory);
        if (!File.Exists(fullPath))
        {
            throw new ConfigException(Directory.Exists(fullPath)
                ? $"the configuration file '{path}' is a folder; expected a file such as '{Path.Combine(path, FileName).Replace('\\', '/')}'."
                : $"the configuration file '{path}' does not exist.");
        }

        return new ConfigResolver(fullWorkingDirectory, ConfigLoader.Load(fullPath, fullWorkingDirectory));
    }

    /// <summary>Every configuration file read so far, outermost folders first, then by path.</summary>
    public ImmutableArray<ReplyLintConfig> Loaded
    {
        get
        {
            lock (_gate)
            {
                return [.. _loaded.Values.OrderBy(static c => Depth(c.FullPath)).ThenBy(static c => c.FullPath, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>The phrase packs named by every configuration read so far (<see cref="Loaded"/> order, each once).</summary>
    public ImmutableArray<ConfigReference> Packs => [.. Loaded.SelectMany(static c => c.Packs).DistinctBy(static r => r.FullPath, PathComparer)];

    /// <summary>The plugins named by every configuration read so far (<see cref="Loaded"/> order, each once).</summary>
    public ImmutableArray<ConfigReference> Plugins => [.. Loaded.SelectMany(static c => c.Plugins).DistinctBy(static r => r.FullPath, PathComparer)];

    /// <summary>The configuration files that apply in <paramref name="folder"/>, nearest first.</summary>
    /// <exception cref="ConfigException">One of them is not a valid configuration.</exception>
    public ImmutableArray<ReplyLintConfig> ChainFor(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (_explicit is not null)
        {
            return [_explicit];
        }

        lock (_gate)
        {
            return ChainCore(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder, WorkingDirectory)));
        }
    }

    /// <summary>Whether an <c>exclude</c> glob of a configuration that applies to <paramref name="fullPath"/> matches it.</summary>
    /// <exception cref="ConfigException">A configuration that applies is not valid.</exception>
    public bool IsExcluded(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        foreach (var config in ChainFor(Path.GetDirectoryName(fullPath)!))
        {
            if (RelativePath(config, fullPath) is { } relative && MatchersOf(config).Exclude is { } exclude && exclude.Match(relative).HasMatches)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the nearest configuration with <c>include</c> globs matches <paramref name="fullPath"/>; null when
    /// no configuration that applies sets <c>include</c> (or the file is outside that configuration's folder), so the
    /// default (Markdown, text and HTML files) applies.</summary>
    /// <exception cref="ConfigException">A configuration that applies is not valid.</exception>
    public bool? IsIncluded(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        foreach (var config in ChainFor(Path.GetDirectoryName(fullPath)!))
        {
            if (config.Include is not null)
            {
                return RelativePath(config, fullPath) is { } relative ? MatchersOf(config).Include!.Match(relative).HasMatches : null;
            }
        }

        return null;
    }

    /// <summary>The <c>formats:</c> entries whose <c>files</c> match <paramref name="fullPath"/>: the nearest
    /// configuration's first, each file's in file order.</summary>
    /// <exception cref="ConfigException">A configuration that applies is not valid.</exception>
    internal ImmutableArray<Exports.FormatMapping> FormatsFor(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var found = ImmutableArray.CreateBuilder<Exports.FormatMapping>();
        foreach (var config in ChainFor(Path.GetDirectoryName(fullPath)!))
        {
            if (config.Formats.IsEmpty || RelativePath(config, fullPath) is not { } relative)
            {
                continue;
            }

            foreach (var format in config.Formats)
            {
                if (FormatMatcher(format).Match(relative).HasMatches)
                {
                    found.Add(format);
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Whether a <c>formats:</c> entry describes the file at <paramref name="fullPath"/>.</summary>
    /// <exception cref="ConfigException">A configuration that applies is not valid.</exception>
    public bool HasFormatFor(string fullPath) => !FormatsFor(fullPath).IsEmpty;

    /// <summary>Matches rule keys and options to <paramref name="descriptors"/> (every rule of the run: built-in, packs,
    /// plugins and the tool's own) and checks option values against what each rule declares.</summary>
    /// <exception cref="ConfigException">An option value has the wrong type.</exception>
    public ConfigBinding Bind(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        return new ConfigBinding(this, descriptors);
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to <paramref name="config"/>'s folder, with <c>/</c>; null
    /// when it is outside that folder (then no glob of the file matches it).</summary>
    internal static string? RelativePath(ReplyLintConfig config, string fullPath)
    {
        var relative = Path.GetRelativePath(config.Directory, fullPath).Replace('\\', '/');
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative;
    }

    internal static Matcher GlobMatcher(IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(globs);
        return matcher;
    }

    private ImmutableArray<ReplyLintConfig> ChainCore(string folder)
    {
        if (_chains.TryGetValue(folder, out var cached))
        {
            return cached;
        }

        var candidate = Path.Combine(folder, FileName);
        var here = File.Exists(candidate) ? LoadCached(candidate) : null;
        ImmutableArray<ReplyLintConfig> chain;
        if (here is { IsRoot: true })
        {
            chain = [here];
        }
        else
        {
            var parent = Path.GetDirectoryName(folder);
            var above = parent is null ? [] : ChainCore(parent);
            chain = here is null ? above : [here, .. above];
        }

        _chains[folder] = chain;
        return chain;
    }

    private ReplyLintConfig LoadCached(string fullPath)
    {
        if (!_loaded.TryGetValue(fullPath, out var config))
        {
            _loaded[fullPath] = config = ConfigLoader.Load(fullPath, WorkingDirectory);
        }

        return config;
    }

    private (Matcher? Include, Matcher? Exclude) MatchersOf(ReplyLintConfig config)
    {
        lock (_gate)
        {
            if (!_matchers.TryGetValue(config, out var matchers))
            {
                matchers = (
                    config.Include is { } include ? GlobMatcher(include) : null,
                    config.Exclude.IsEmpty ? null : GlobMatcher(config.Exclude));
                _matchers[config] = matchers;
            }

            return matchers;
        }
    }

    private Matcher FormatMatcher(Exports.FormatMapping format)
    {
        lock (_gate)
        {
            if (!_formatMatchers.TryGetValue(format, out var matcher))
            {
                _formatMatchers[format] = matcher = GlobMatcher(format.Files);
            }

            return matcher;
        }
    }

    private static int Depth(string path) => path.Count(static c => c == '/' || c == '\\');
}
