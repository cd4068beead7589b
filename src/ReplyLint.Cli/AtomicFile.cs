using System.Text;

namespace ReplyLint.Cli;

/// <summary>What <see cref="AtomicFile.Replace"/> did.</summary>
internal enum ReplaceOutcome
{
    /// <summary>The file now holds the new content.</summary>
    Written,

    /// <summary>The file no longer held what was read from it, so it was left as it is.</summary>
    ChangedOnDisk,
}

/// <summary>Writes a file so that readers see the old content or the new, never half of it.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> to a temporary file beside <paramref name="path"/>, then renames it.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="content">Its new content, written as UTF-8 without a byte-order mark.</param>
    /// <param name="overwrite">False to fail (IOException) rather than replace a file that exists by the time of the rename.</param>
    public static void WriteAllText(string path, string content, bool overwrite = true)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"the folder '{Path.GetDirectoryName(path)}' does not exist");
        }

        var temporary = TemporaryPathFor(fullPath);
        try
        {
            File.WriteAllText(temporary, content, Utf8NoBom);
            File.Move(temporary, fullPath, overwrite);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Replaces the content of the existing file at <paramref name="path"/> with <paramref name="content"/>,
    /// unless the file no longer holds <paramref name="expected"/> (someone changed it since it was read). The new
    /// content goes to a temporary file in the same folder, flushed to disk, which then takes the file's place by a
    /// rename: a crash at any point leaves the old content or the new, never a mix. The file keeps its permissions,
    /// and a symbolic link keeps pointing where it did (its target is what is replaced).</summary>
    /// <param name="path">The file to replace.</param>
    /// <param name="content">The new bytes.</param>
    /// <param name="expected">The bytes the file held when it was read.</param>
    /// <param name="beforeRename">Called with the temporary file's path just before the rename (tests simulate a crash there).</param>
    /// <exception cref="IOException">The file or the temporary file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    public static ReplaceOutcome Replace(string path, ReadOnlySpan<byte> content, ReadOnlySpan<byte> expected, Action<string>? beforeRename = null)
    {
        var target = ResolveLinks(Path.GetFullPath(path));
        var temporary = TemporaryPathFor(target);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            // Checked as late as possible: what was read is what gets replaced, or nothing is.
            if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(expected))
            {
                return ReplaceOutcome.ChangedOnDisk;
            }

            beforeRename?.Invoke(temporary);
            File.Move(temporary, target, overwrite: true);
            return ReplaceOutcome.Written;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Whether the file may not be written: marked read-only (on Windows), without any write permission (on
    /// Linux and macOS, whoever runs the tool: even an administrator's run leaves such a file alone), or not opened for
    /// writing when asked.</summary>
    public static bool IsReadOnly(string path)
    {
        var target = ResolveLinks(Path.GetFullPath(path));
        if (OperatingSystem.IsWindows())
        {
            if (File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly))
            {
                return true;
            }
        }
        else if ((File.GetUnixFileMode(target) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
        {
            return true;
        }

        try
        {
            // Opening for writing changes neither the content nor the modification time.
            using var probe = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    // The temporary file sits in the same folder, so the rename never crosses file systems; its name starts with a dot
    // and ends in .tmp, so no template pattern picks it up if a crash leaves it behind.
    private static string TemporaryPathFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");

    private static string ResolveLinks(string fullPath) =>
        new FileInfo(fullPath).LinkTarget is null ? fullPath : File.ResolveLinkTarget(fullPath, returnFinalTarget: true)?.FullName ?? fullPath;
}
