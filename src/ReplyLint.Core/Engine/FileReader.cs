using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>Reads a template file: UTF-8 with or without a byte-order mark, or UTF-16 with one. Anything else —
/// binary, undecodable, too large or unreadable — is a reason, never an exception.</summary>
public static class FileReader
{
    /// <summary>The default size limit: 10 MiB. Templates are a few kilobytes; a larger file is almost always a mistake.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Reads the file at <paramref name="path"/>; on failure <paramref name="problem"/> says why, in one sentence without a final period.</summary>
    public static bool TryRead(string path, long maxBytes, out SourceText? text, out string? problem)
    {
        text = null;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > maxBytes)
            {
                problem = $"the file is {FormatSize(info.Length)}, over the {FormatSize(maxBytes)} limit for a template (raise the limit with --max-file-size)";
                return false;
            }

            var bytes = File.ReadAllBytes(path);
            return TryDecode(bytes, out text, out problem);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problem = $"the file could not be read: {exception.Message.TrimEnd('.')}";
            return false;
        }
    }

    /// <summary>Decodes the bytes of a template file.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out SourceText? text, out string? problem)
    {
        text = null;
        problem = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            problem = "the file is UTF-32, which is not supported; save it as UTF-8";
            return false;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = bytes[0] == 0xFE;
            var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true);
            if ((bytes.Length - 2) % 2 != 0)
            {
                problem = $"the file starts as UTF-16 but has an odd number of bytes ({bytes.Length}); it is truncated or not text";
                return false;
            }

            try
            {
                text = new SourceText(encoding.GetString(bytes[2..]), encoding, hasByteOrderMark: true);
                return true;
            }
            catch (DecoderFallbackException)
            {
                problem = "the file starts as UTF-16 but holds an invalid surrogate pair; save it as UTF-8";
                return false;
            }
        }

        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasBom ? bytes[3..] : bytes;
        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = $"the file is binary (a NUL byte at offset {nul + (hasBom ? 3 : 0)}), not a text template";
            return false;
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var offset = bytesRead + (hasBom ? 3 : 0);
                var line = body[..bytesRead].Count((byte)'\n') + 1;
                problem = string.Create(
                    CultureInfo.InvariantCulture,
                    $"the file is not valid UTF-8: byte 0x{body[bytesRead]:X2} at offset {offset} (line {line}); save it as UTF-8");
                return false;
            }

            text = new SourceText(new string(chars, 0, charsWritten), hasBom ? Utf8WithBom : Utf8NoBom, hasBom);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>A size for people: <c>512 bytes</c>, <c>3.2 KB</c>, <c>50.0 MB</c>.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
