namespace ReplyLint.Cli;

/// <summary>Finds the folder that report URIs are relative to.</summary>
internal static class ProjectRoot
{
    /// <summary>The top folder of the git work tree holding <paramref name="workingDirectory"/> (the folder with a
    /// <c>.git</c> folder or file), or <paramref name="workingDirectory"/> itself outside a work tree. Code scanning
    /// matches results to files by their path from the repository's top, so that is the root when there is one.</summary>
    public static string Find(string workingDirectory)
    {
        var start = Path.GetFullPath(workingDirectory);
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var marker = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return folder.FullName;
            }
        }

        return start;
    }
}
