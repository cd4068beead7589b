using System.Text;

namespace ReplyLint.Core.Tests.Engine;

/// <summary>A new, uniquely named folder under the system's temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "replylint-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder's absolute path.</summary>
    public string Root { get; }

    /// <summary>The absolute path of <paramref name="relativePath"/> (written with <c>/</c>) inside the folder.</summary>
    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, creating folders as needed.</summary>
    public string Write(string relativePath, string text) => Write(relativePath, Utf8NoBom.GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> as they are, creating folders as needed.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        var fullPath = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllBytes(fullPath, bytes);
        return fullPath;
    }

    /// <summary>Creates an empty folder.</summary>
    public string CreateFolder(string relativePath) => Directory.CreateDirectory(PathOf(relativePath)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failed test; the temp folder is cleaned up by the system eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
