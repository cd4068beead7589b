using System.Text;

namespace ReplyLint.Cli.Formatters;

/// <summary>Turns file-system paths into the URIs SARIF carries: relative references under <c>%SRCROOT%</c>, or
/// absolute <c>file:</c> URIs, percent-encoded per RFC 3986 so that any file name round-trips.</summary>
internal static class SarifUris
{
    /// <summary>The URI of <paramref name="fullPath"/> relative to <paramref name="root"/> (forward slashes,
    /// percent-encoded), or <see langword="null"/> when the path is not under the root.</summary>
    public static string? RelativeTo(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || (Path.AltDirectorySeparatorChar != Path.DirectorySeparatorChar && relative.StartsWith(".." + Path.AltDirectorySeparatorChar, StringComparison.Ordinal)))
        {
            return null;
        }

        return relative == "." ? string.Empty : EscapePath(ToSlashes(relative));
    }

    /// <summary>The absolute <c>file:</c> URI of <paramref name="fullPath"/>; with a final slash when
    /// <paramref name="isFolder"/>, as a base URI must have.</summary>
    public static string FileUri(string fullPath, bool isFolder = false)
    {
        var path = ToSlashes(Path.GetFullPath(fullPath));
        if (isFolder && !path.EndsWith('/'))
        {
            path += "/";
        }

        string uri;
        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            // A Windows share, \\server\share\...: the server is the URI's host.
            var hostEnd = path.IndexOf('/', 2);
            uri = hostEnd < 0 ? "file:" + EscapePath(path) : "file://" + path[2..hostEnd] + EscapePath(path[hostEnd..]);
        }
        else if (path.Length >= 2 && path[1] == ':' && char.IsAsciiLetter(path[0]))
        {
            // A Windows drive keeps its colon: file:///C:/...
            uri = "file:///" + path[..2] + EscapePath(path[2..]);
        }
        else
        {
            uri = "file://" + EscapePath(path);
        }

        return uri;
    }

    /// <summary>Percent-encodes a '/'-separated path: every byte of its UTF-8 form except the unreserved characters,
    /// the sub-delimiters, '@' and '/' (RFC 3986 §3.3). A colon is encoded too, so that a first segment such as
    /// <c>a:b.md</c> is never read as a scheme.</summary>
    public static string EscapePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!NeedsEscaping(path))
        {
            return path;
        }

        var builder = new StringBuilder(path.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.IsAscii && IsAllowed((char)rune.Value))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            for (var i = 0; i < count; i++)
            {
                builder.Append('%').Append(HexDigits[bytes[i] >> 4]).Append(HexDigits[bytes[i] & 0xF]);
            }
        }

        return builder.ToString();
    }

    private const string HexDigits = "0123456789ABCDEF";

    private static bool NeedsEscaping(string path)
    {
        foreach (var c in path)
        {
            if (c > 0x7F || !IsAllowed(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllowed(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '@';

    private static string ToSlashes(string path) =>
        Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
}
