namespace ReplyLint.Cli.Formatters;

/// <summary>Which repository, commit and branch a work tree holds: SARIF's <c>versionControlProvenance</c>.</summary>
/// <param name="RepositoryUri">Where the repository lives: its <c>origin</c> remote (or its only remote), without
/// credentials, an scp-style address turned into https.</param>
/// <param name="RevisionId">The commit checked out, if it could be read.</param>
/// <param name="Branch">The branch checked out, if one is.</param>
internal sealed record GitProvenance(string RepositoryUri, string? RevisionId, string? Branch)
{
    /// <summary>Reads the provenance of the git work tree whose top folder is <paramref name="workTree"/>, from the
    /// files in its git folder, without running git; <see langword="null"/> when the folder is not a work tree or the
    /// repository has no remote. Never throws for a missing or odd repository.</summary>
    public static GitProvenance? Read(string workTree)
    {
        try
        {
            var gitDir = FindGitDir(workTree);
            if (gitDir is null)
            {
                return null;
            }

            // A linked work tree (or a submodule) keeps HEAD in its own folder and refs and config in the common one.
            var commonDir = gitDir;
            var commonDirFile = Path.Combine(gitDir, "commondir");
            if (File.Exists(commonDirFile))
            {
                commonDir = Path.GetFullPath(File.ReadAllText(commonDirFile).Trim(), gitDir);
            }

            var remote = ReadRemoteUrl(Path.Combine(commonDir, "config"));
            var repositoryUri = remote is null ? null : NormalizeRemote(remote, workTree);
            if (repositoryUri is null)
            {
                return null;
            }

            var (revision, branch) = ReadHead(gitDir, commonDir);
            return new GitProvenance(repositoryUri, revision, branch);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>The URI a remote's address stands for: https for scp-style and ssh addresses, credentials dropped from
    /// URLs, a file URI for a local path; <see langword="null"/> for anything unreadable.</summary>
    internal static string? NormalizeRemote(string remote, string workTree)
    {
        remote = remote.Trim();
        if (remote.Length == 0)
        {
            return null;
        }

        var schemeEnd = remote.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            // scp-like "user@host:owner/repo.git": a colon before any slash, and not a Windows drive letter.
            var colon = remote.IndexOf(':', StringComparison.Ordinal);
            var slash = remote.IndexOfAny(['/', '\\']);
            if (colon > 1 && (slash < 0 || colon < slash))
            {
                var host = remote[..colon];
                var at = host.LastIndexOf('@');
                host = at >= 0 ? host[(at + 1)..] : host;
                var path = remote[(colon + 1)..].TrimStart('/');
                return host.Length == 0 ? null : $"https://{host}/{SarifUris.EscapePath(path)}";
            }

            // A local path, relative to the work tree as git resolves it from the top folder.
            return SarifUris.FileUri(Path.GetFullPath(remote, workTree));
        }

        if (!Uri.TryCreate(remote, UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (uri.IsFile)
        {
            return uri.AbsoluteUri;
        }

        var scheme = uri.Scheme.ToLowerInvariant();
        if (scheme is "ssh" or "git" or "git+ssh" or "ssh+git")
        {
            // The same repository over https: the ssh user and port mean nothing there.
            return $"https://{uri.Host}{uri.AbsolutePath}";
        }

        var builder = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty };
        return builder.Uri.AbsoluteUri;
    }

    private static string? FindGitDir(string workTree)
    {
        var marker = Path.Combine(workTree, ".git");
        if (Directory.Exists(marker))
        {
            return marker;
        }

        if (!File.Exists(marker))
        {
            return null;
        }

        // A linked work tree or a submodule: ".git" is a file saying "gitdir: <path>".
        foreach (var line in File.ReadLines(marker))
        {
            if (line.StartsWith("gitdir:", StringComparison.Ordinal))
            {
                var path = Path.GetFullPath(line["gitdir:".Length..].Trim(), workTree);
                return Directory.Exists(path) ? path : null;
            }
        }

        return null;
    }

    // The url of [remote "origin"], or of the first remote when there is no origin. Only what git writes itself is
    // read: section headers, "key = value" lines, quoted values and comments.
    private static string? ReadRemoteUrl(string configPath)
    {
        if (!File.Exists(configPath))
        {
            return null;
        }

        string? section = null;
        string? origin = null;
        string? first = null;
        foreach (var raw in File.ReadLines(configPath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                var end = line.LastIndexOf(']');
                section = end > 0 ? line[1..end].Trim() : null;
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (section is null || equals < 0 || !section.StartsWith("remote ", StringComparison.OrdinalIgnoreCase)
                || !line[..equals].Trim().Equals("url", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = line[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1];
            }

            var name = section["remote ".Length..].Trim().Trim('"');
            if (name == "origin")
            {
                origin ??= value;
            }

            first ??= value;
        }

        return origin ?? first;
    }

    private static (string? Revision, string? Branch) ReadHead(string gitDir, string commonDir)
    {
        var headPath = Path.Combine(gitDir, "HEAD");
        if (!File.Exists(headPath))
        {
            return (null, null);
        }

        var head = File.ReadAllText(headPath).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal))
        {
            return (IsObjectId(head) ? head : null, null);
        }

        var reference = head["ref:".Length..].Trim();
        var branch = reference.StartsWith("refs/heads/", StringComparison.Ordinal) ? reference["refs/heads/".Length..] : null;
        return (ResolveRef(reference, gitDir, commonDir), branch);
    }

    private static string? ResolveRef(string reference, string gitDir, string commonDir)
    {
        if (reference.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var folder in (string[])[gitDir, commonDir])
        {
            var path = Path.Combine(folder, reference.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path))
            {
                var value = File.ReadAllText(path).Trim();
                return IsObjectId(value) ? value : null;
            }
        }

        // A ref git has packed: "<id> <ref>" lines in packed-refs.
        var packed = Path.Combine(commonDir, "packed-refs");
        if (File.Exists(packed))
        {
            foreach (var line in File.ReadLines(packed))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && line.AsSpan(space + 1).Trim().SequenceEqual(reference) && IsObjectId(line[..space]))
                {
                    return line[..space];
                }
            }
        }

        return null; // an unborn branch, or refs kept in a format this does not read (reftable)
    }

    // A SHA-1 (40) or SHA-256 (64) object name.
    private static bool IsObjectId(string value) =>
        value.Length is 40 or 64 && !value.AsSpan().ContainsAnyExcept(HexDigits);

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");
}
