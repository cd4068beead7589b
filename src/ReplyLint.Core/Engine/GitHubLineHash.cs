using System.Globalization;
using System.Text;
using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>GitHub code scanning's <c>primaryLocationLineHash</c>: for every line, a rolling hash over the next 100
/// characters of the file from the line's start, ignoring spaces and tabs and treating CR, LF and CRLF alike, then
/// <c>:n</c> for the n-th line with that hash. The upload action computes it when a SARIF file has none; we compute
/// the same value so that uploads through the API, which compute nothing, are deduplicated the same way.</summary>
/// <remarks>GitHub hashes the file's bytes read as UTF-8, byte order mark included, so the text is encoded back the
/// way it was read before hashing: a UTF-16 file then hashes as GitHub would see it.</remarks>
internal static class GitHubLineHash
{
    private const int BlockSize = 100;
    private const ulong Multiplier = 37;
    private const char EndOfFile = '\uffff';

    /// <summary>The hash of every line of <paramref name="source"/>; index 0 is line 1. A line GitHub gives no hash
    /// (a last line of only spaces with no line break) is <see langword="null"/>.</summary>
    public static string?[] Compute(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var hasher = new Hasher(source.LineCount);
        foreach (var character in AsGitHubReadsIt(source))
        {
            hasher.Add(character);
        }

        hasher.Add(EndOfFile);
        hasher.Flush();
        return hasher.Lines;
    }

    private static string AsGitHubReadsIt(SourceText source)
    {
        if (source.Encoding is UTF8Encoding && !source.HasByteOrderMark)
        {
            return source.Text;
        }

        var preamble = source.HasByteOrderMark ? source.Encoding.GetPreamble() : [];
        var body = source.Encoding.GetBytes(source.Text);
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, preamble.Length);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes);
    }

    private sealed class Hasher(int lineCount)
    {
        private static readonly ulong s_leavingFactor = LeavingFactor();
        private readonly char[] _window = new char[BlockSize];
        private readonly int[] _lineAt = Enumerable.Repeat(-1, BlockSize).ToArray();
        private readonly Dictionary<ulong, int> _seen = [];
        private ulong _hash;
        private int _index;
        private int _lineNumber;
        private bool _atLineStart = true;
        private bool _afterCarriageReturn;

        public string?[] Lines { get; private set; } = new string?[Math.Max(1, lineCount)];

        public void Add(char character)
        {
            if (character is ' ' or '\t' || (_afterCarriageReturn && character == '\n'))
            {
                _afterCarriageReturn = false;
                return;
            }

            _afterCarriageReturn = character == '\r';
            if (_afterCarriageReturn)
            {
                character = '\n';
            }

            if (_lineAt[_index] != -1)
            {
                Emit();
            }

            if (_atLineStart)
            {
                _atLineStart = false;
                _lineNumber++;
                _lineAt[_index] = _lineNumber;
            }

            _atLineStart = character == '\n';
            Roll(character);
        }

        public void Flush()
        {
            for (var i = 0; i < BlockSize; i++)
            {
                if (_lineAt[_index] != -1)
                {
                    Emit();
                }

                Roll('\0');
            }
        }

        private void Roll(char entering)
        {
            unchecked
            {
                var leaving = _window[_index];
                _window[_index] = entering;
                _hash = (Multiplier * _hash) + entering - (s_leavingFactor * leaving);
            }

            _index = (_index + 1) % BlockSize;
        }

        private void Emit()
        {
            var line = _lineAt[_index];
            _lineAt[_index] = -1;
            var count = _seen.TryGetValue(_hash, out var seen) ? seen + 1 : 1;
            _seen[_hash] = count;
            if (line > Lines.Length)
            {
                var grown = Lines;
                Array.Resize(ref grown, line);
                Lines = grown;
            }

            Lines[line - 1] = string.Create(CultureInfo.InvariantCulture, $"{_hash:x}:{count}");
        }

        private static ulong LeavingFactor()
        {
            var factor = 1UL;
            for (var i = 0; i < BlockSize; i++)
            {
                factor = unchecked(factor * Multiplier);
            }

            return factor;
        }
    }
}
