using ReplyLint.Diagnostics;

namespace ReplyLint.Engine;

/// <summary>Paths as a baseline writes them: relative to its folder, with <c>/</c>, whatever the working directory.</summary>
internal sealed class BaselinePaths
{
    private readonly string _folder;
    private readonly Dictionary<string, string> _byDisplayPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _linted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _exists = new(StringComparer.Ordinal);

    public BaselinePaths(string folder, LintResult result)
    {
        _folder = folder;
        foreach (var file in result.Files)
        {
            var relative = Relative(file.FullPath);
            _byDisplayPath.TryAdd(file.DisplayPath, relative);
            _linted.Add(relative);
        }
    }

    /// <summary>The path of the file <paramref name="diagnostic"/> is in. A finding on a file the result does not list
    /// (a result made from parsed templates) is taken to be relative to the working directory.</summary>
    public string Of(Diagnostic diagnostic)
    {
        var displayPath = diagnostic.Location.Path;
        return _byDisplayPath.TryGetValue(displayPath, out var relative) ? relative : Relative(Path.GetFullPath(displayPath));
    }

    /// <summary>Whether the run linted the file at <paramref name="relativePath"/>.</summary>
    public bool WasLinted(string relativePath) => _linted.Contains(relativePath);

    /// <summary>Whether a file is at <paramref name="relativePath"/> (false for a path that cannot be one). Asked once
    /// per path: a template often has many entries.</summary>
    public bool Exists(string relativePath)
    {
        if (!_exists.TryGetValue(relativePath, out var exists))
        {
            _exists[relativePath] = exists = File.Exists(Path.Combine(_folder, relativePath));
        }

        return exists;
    }

    private string Relative(string fullPath) => Path.GetRelativePath(_folder, fullPath).Replace('\\', '/');
}
