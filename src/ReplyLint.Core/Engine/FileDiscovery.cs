using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using ReplyLint.Exports;

namespace ReplyLint.Engine;

/// <summary>What discovery found: the files, in a stable order, and the inputs that named nothing.</summary>
/// <param name="Files">The files, ordered by display path (ordinal), each once.</param>
/// <param name="Problems">One message per input that is missing or matched no template.</param>
public sealed record DiscoveryResult(ImmutableArray<TemplateFile> Files, ImmutableArray<string> Problems);

/// <summary>What configuration says about the files discovery finds (<c>include</c> and <c>exclude</c>).</summary>
public sealed record DiscoveryFilter
{
    /// <summary>Whether a file found in a named folder is a template, by its absolute path: true or false when
    /// configuration decides (its <c>include</c>), null for the default (<see cref="FileDiscovery.DefaultIncludes"/>).
    /// Files named explicitly or matched by a glob pattern on the command line are not asked.</summary>
    public Func<string, bool?>? IsIncluded { get; init; }

    /// <summary>Whether a file is left out, by its absolute path (configuration's <c>exclude</c>). Asked for every file,
    /// those named explicitly included, so that a hook that passes every changed file still honours it.</summary>
    public Func<string, bool>? IsExcluded { get; init; }

    /// <summary>Whether configuration describes a file as an export, by its absolute path (a <c>formats:</c> mapping
    /// whose <c>files</c> match it): such a file found in a folder is kept whatever it holds and whatever its
    /// extension, when <see cref="IsIncluded"/> is given.</summary>
    public Func<string, bool>? HasExportMapping { get; init; }
}

/// <summary>Turns the paths, folders and glob patterns given on the command line into template files.</summary>
public static class FileDiscovery
{
    /// <summary>What a folder contributes when it is named: Markdown, text and HTML templates, and the data files that
    /// may be help-desk exports (of which only those of a known export shape are linted).</summary>
    public static ImmutableArray<string> DefaultIncludes { get; } = ["**/*.md", "**/*.markdown", "**/*.txt", "**/*.html", "**/*.htm", "**/*.json", "**/*.yml", "**/*.yaml"];

    /// <summary>Folders never searched: version control, packages and build output.</summary>
    public static ImmutableArray<string> DefaultExcludes { get; } = ["**/.git/**", "**/node_modules/**", "**/bin/**", "**/obj/**"];

    private static readonly char[] GlobCharacters = ['*', '?', '[', '{'];

    private static readonly Matcher DefaultIncludeMatcher = CreateDefaultIncludeMatcher();

    /// <summary>Expands <paramref name="inputs"/>, relative to <paramref name="baseDirectory"/>. A file named
    /// explicitly is linted whatever its extension; a folder contributes <see cref="DefaultIncludes"/>, or what
    /// <paramref name="filter"/> includes; nothing that <paramref name="filter"/> excludes is kept.</summary>
    public static DiscoveryResult Discover(IEnumerable<string> inputs, string baseDirectory, DiscoveryFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        var files = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var input in inputs)
        {
            if (string.IsNullOrWhiteSpace(input))
            {
                problems.Add("an empty path was given");
                continue;
            }

            var found = 0;
            var literal = Path.Combine(baseDirectory, input);
            if (input.IndexOfAny(GlobCharacters) >= 0 && !File.Exists(literal) && !Directory.Exists(literal))
            {
                var (root, pattern) = SplitGlob(input, baseDirectory);
                var (excluded, passedOver) = (0, 0);
                if (Directory.Exists(root))
                {
                    (found, excluded, passedOver) = AddMatches(root, [pattern], null, filter, files, baseDirectory);
                }

                if (found == 0)
                {
                    problems.Add(excluded > 0
                        ? $"every file that matches the pattern '{input}' is excluded by the configuration"
                        : passedOver > 0
                            ? $"no template export among the data files that match the pattern '{input}'"
                            : $"no file matches the pattern '{input}'");
                }

                continue;
            }

            var fullPath = Path.GetFullPath(input, baseDirectory);
            if (File.Exists(fullPath))
            {
                if (filter?.IsExcluded?.Invoke(fullPath) != true)
                {
                    // Named twice, once in a folder and once on its own: it was still named.
                    files[fullPath] = new TemplateFile(fullPath, DisplayPath(fullPath, baseDirectory)) { IsExplicit = true };
                }
            }
            else if (Directory.Exists(fullPath))
            {
                var (added, excluded, _) = filter?.IsIncluded is { } isIncluded
                    ? AddMatches(fullPath, ["**/*"], isIncluded, filter, files, baseDirectory)
                    : AddMatches(fullPath, DefaultIncludes, null, filter, files, baseDirectory);
                if (added == 0)
                {
                    problems.Add(excluded > 0
                        ? $"every template in the folder '{input}' is excluded by the configuration"
                        : $"no template (*.md, *.markdown, *.txt, *.html, *.htm) or export (*.json, *.yml, *.yaml) in the folder '{input}'");
                }
            }
            else
            {
                problems.Add($"no such file or folder: '{input}'");
            }
        }

        var ordered = files.Values.OrderBy(static f => f.DisplayPath, StringComparer.Ordinal).ToImmutableArray();
        return new DiscoveryResult(ordered, problems.ToImmutable());
    }

    /// <summary>The path as reported: relative to <paramref name="baseDirectory"/>, with <c>/</c> on every system.</summary>
    /// <remarks>Only the system's own separator is turned into <c>/</c>: on Linux and macOS a backslash is an ordinary
    /// character of a file name.</remarks>
    public static string DisplayPath(string fullPath, string baseDirectory) =>
        Path.GetRelativePath(baseDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    // With isIncluded, every file under the root is a candidate and configuration (or the default set, where it says
    // nothing) decides which are templates; configuration can make a folder's templates .html files.
    // A data file found in a folder or by a pattern is kept only when it may be an export: its text shows an export's
    // keys, or configuration maps it. A folder of templates may hold a package.json; it is neither linted nor counted.
    private static (int Added, int Excluded, int PassedOver) AddMatches(
        string root,
        IEnumerable<string> includes,
        Func<string, bool?>? isIncluded,
        DiscoveryFilter? filter,
        Dictionary<string, TemplateFile> files,
        string baseDirectory)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(DefaultExcludes);
        var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root)));
        var (added, excluded, passedOver) = (0, 0, 0);
        foreach (var match in result.Files)
        {
            var fullPath = Path.GetFullPath(Path.Combine(root, match.Path));
            var isMapped = filter?.HasExportMapping?.Invoke(fullPath) == true;
            if (isIncluded is not null && !(isIncluded(fullPath) ?? DefaultIncludeMatcher.Match(match.Path).HasMatches) && !isMapped)
            {
                continue;
            }

            if (filter?.IsExcluded?.Invoke(fullPath) == true)
            {
                excluded++;
                continue;
            }

            if (!isMapped && ExportReader.IsExportCandidate(fullPath) && !ExportMarks.MayBeExport(fullPath))
            {
                passedOver++;
                continue;
            }

            files.TryAdd(fullPath, new TemplateFile(fullPath, DisplayPath(fullPath, baseDirectory)));
            added++;
        }

        return (added, excluded, passedOver);
    }

    private static Matcher CreateDefaultIncludeMatcher()
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(DefaultIncludes);
        return matcher;
    }

    // "templates/**/*.md" → ("<base>/templates", "**/*.md"): the folder part before the first wildcard segment.
    private static (string Root, string Pattern) SplitGlob(string input, string baseDirectory)
    {
        var segments = input.Replace('\\', '/').Split('/');
        var firstGlob = Array.FindIndex(segments, static s => s.IndexOfAny(GlobCharacters) >= 0);
        var rootPart = string.Join('/', segments[..firstGlob]);
        var pattern = string.Join('/', segments[firstGlob..]);
        var root = rootPart.Length > 0 ? Path.GetFullPath(rootPart, baseDirectory)
            : input.StartsWith('/') ? "/"
            : baseDirectory;
        return (root, pattern);
    }
}
