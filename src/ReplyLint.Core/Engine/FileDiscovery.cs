using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ReplyLint.Engine;

/// <summary>What discovery found: the files, in a stable order, and the inputs that named nothing.</summary>
/// <param name="Files">The files, ordered by display path (ordinal), each once.</param>
/// <param name="Problems">One message per input that is missing or matched no template.</param>
public sealed record DiscoveryResult(ImmutableArray<TemplateFile> Files, ImmutableArray<string> Problems);

/// <summary>Turns the paths, folders and glob patterns given on the command line into template files.</summary>
public static class FileDiscovery
{
    /// <summary>What a folder contributes when it is named: Markdown and text templates.</summary>
    public static ImmutableArray<string> DefaultIncludes { get; } = ["**/*.md", "**/*.markdown", "**/*.txt"];

    /// <summary>Folders never searched: version control, packages and build output.</summary>
    public static ImmutableArray<string> DefaultExcludes { get; } = ["**/.git/**", "**/node_modules/**", "**/bin/**", "**/obj/**"];

    private static readonly char[] GlobCharacters = ['*', '?', '[', '{'];

    /// <summary>Expands <paramref name="inputs"/>, relative to <paramref name="baseDirectory"/>. A file named
    /// explicitly is linted whatever its extension; a folder contributes <see cref="DefaultIncludes"/>.</summary>
    public static DiscoveryResult Discover(IEnumerable<string> inputs, string baseDirectory)
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
                if (Directory.Exists(root))
                {
                    found = AddMatches(root, [pattern], files, baseDirectory);
                }

                if (found == 0)
                {
                    problems.Add($"no file matches the pattern '{input}'");
                }

                continue;
            }

            var fullPath = Path.GetFullPath(input, baseDirectory);
            if (File.Exists(fullPath))
            {
                files.TryAdd(fullPath, new TemplateFile(fullPath, DisplayPath(fullPath, baseDirectory)));
            }
            else if (Directory.Exists(fullPath))
            {
                if (AddMatches(fullPath, DefaultIncludes, files, baseDirectory) == 0)
                {
                    problems.Add($"no template (*.md, *.markdown, *.txt) in the folder '{input}'");
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

    private static int AddMatches(string root, IEnumerable<string> includes, Dictionary<string, TemplateFile> files, string baseDirectory)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(DefaultExcludes);
        var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root)));
        var count = 0;
        foreach (var match in result.Files)
        {
            var fullPath = Path.GetFullPath(Path.Combine(root, match.Path));
            files.TryAdd(fullPath, new TemplateFile(fullPath, DisplayPath(fullPath, baseDirectory)));
            count++;
        }

        return count;
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
