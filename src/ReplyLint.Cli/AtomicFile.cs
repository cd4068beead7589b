using System.Text;

namespace ReplyLint.Cli;

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

        // The temporary file sits in the same folder, so the rename never crosses file systems.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
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
}
