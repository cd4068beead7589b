namespace ReplyLint.Cli.Formatters;

/// <summary>Paths as CI services want them: from the repository's top folder, with <c>/</c>.</summary>
internal static class ProjectPaths
{
    /// <summary>The path of a displayed path from <see cref="LintReport.ProjectRoot"/>. GitHub and GitLab place
    /// findings on files by their path in the repository, so a run from a subfolder must still name them from the
    /// top; from the top folder (or outside git) this is the displayed path itself.</summary>
    public static string FromProjectRoot(LintReport report, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(displayPath);
        if (string.Equals(Path.GetFullPath(report.ProjectRoot), Path.GetFullPath(report.WorkingDirectory), StringComparison.Ordinal))
        {
            return displayPath;
        }

        var relative = Path.GetRelativePath(report.ProjectRoot, report.FullPathOf(displayPath));
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
