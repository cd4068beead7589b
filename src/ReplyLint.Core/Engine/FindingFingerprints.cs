using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReplyLint.Diagnostics;
using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>How a finding is recognised again in a later run.</summary>
/// <param name="Stable">ReplyLint's own key: the rule, the matched text (case and spacing normalized) and which
/// occurrence of that text in the file it is, hashed. Adding, removing or moving unrelated lines, or linting the
/// files in another order, leaves it unchanged; editing the matched words changes it.</param>
/// <param name="LineHash">GitHub's <c>primaryLocationLineHash</c> for the finding's first line, or
/// <see langword="null"/> when the file could not be read.</param>
public sealed record FindingFingerprint(string Stable, string? LineHash);

/// <summary>Computes every finding's <see cref="FindingFingerprint"/>: what baselines and SARIF's
/// <c>partialFingerprints</c> are keyed on.</summary>
public static class FindingFingerprints
{
    /// <summary>The <c>partialFingerprints</c> key of <see cref="FindingFingerprint.Stable"/>; the version changes
    /// only if the way it is computed does.</summary>
    public const string StableKey = "replylintFindingHash/v1";

    /// <summary>The <c>partialFingerprints</c> key GitHub reads.</summary>
    public const string LineHashKey = "primaryLocationLineHash";

    /// <summary>The fingerprints of every finding of <paramref name="result"/>, suppressed ones included (so
    /// that suppressing one finding never shifts another's occurrence index).</summary>
    public static IReadOnlyDictionary<Diagnostic, FindingFingerprint> Compute(LintResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fingerprints = new Dictionary<Diagnostic, FindingFingerprint>(ReferenceEqualityComparer.Instance);
        var all = result.Diagnostics.Concat(result.Suppressed).ToList();
        all.Sort(DiagnosticOrder.Instance);
        var paths = new MessagePaths(result.Files);
        foreach (var file in all.GroupBy(static d => d.Location.Path, StringComparer.Ordinal))
        {
            var source = result.Sources.GetValueOrDefault(file.Key);
            var lineHashes = source is null ? null : GitHubLineHash.Compute(source);
            var occurrences = new Dictionary<(string Id, string Text), int>();
            foreach (var diagnostic in file)
            {
                var text = MatchedText(diagnostic, source, paths);
                var occurrence = occurrences.TryGetValue((diagnostic.Id, text), out var seen) ? seen + 1 : 1;
                occurrences[(diagnostic.Id, text)] = occurrence;
                var line = diagnostic.Location.LineSpan.Start.Line;
                var lineHash = lineHashes is not null && line >= 1 && line <= lineHashes.Length ? lineHashes[line - 1] : null;
                fingerprints[diagnostic] = new FindingFingerprint(Hash(diagnostic.Id, text, occurrence), lineHash);
            }
        }

        return fingerprints;
    }

    /// <summary>The text a fingerprint is keyed on: the matched words, lower-cased with runs of white space made one
    /// space; for a finding about the whole file (an empty span), its message, with the linted files it names made
    /// relative to the finding's own folder.</summary>
    internal static string MatchedText(Diagnostic diagnostic, SourceText? source, MessagePaths? paths = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var span = diagnostic.Location.Span;
        var raw = source is not null && !span.IsEmpty && span.End <= source.Length
            ? source.ToString(span)
            : paths?.Rebase(diagnostic.Message, diagnostic.Location.Path) ?? diagnostic.Message;
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var character in raw)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }

    private static string Hash(string id, string text, int occurrence)
    {
        var input = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}\n{text}\n{occurrence}"));
        return Convert.ToHexStringLower(SHA256.HashData(input).AsSpan(0, 16));
    }

    /// <summary>A message names files as displayed, relative to the working directory ("the same as
    /// 'replies/a.md'"), or by their full path (an I/O error); keyed that way, the same finding would get another
    /// fingerprint when run from another folder or machine. Each quoted name of a linted file is keyed relative to
    /// the folder of the file the finding is on instead.</summary>
    internal sealed class MessagePaths
    {
        private readonly Dictionary<string, string> _fullPaths = new(StringComparer.Ordinal);

        public MessagePaths(IEnumerable<TemplateFile> files)
        {
            foreach (var file in files)
            {
                _fullPaths.TryAdd(file.DisplayPath, file.FullPath);
                _fullPaths.TryAdd(file.FullPath, file.FullPath);
            }
        }

        public string Rebase(string message, string displayPath)
        {
            if (_fullPaths.Count == 0 || !_fullPaths.TryGetValue(displayPath, out var ownPath) || message.IndexOf('\'') < 0)
            {
                return message;
            }

            var folder = Path.GetDirectoryName(ownPath) ?? ownPath;
            var builder = new StringBuilder(message.Length);
            var copied = 0;

            // Every stretch between two consecutive quotes is a candidate, so an apostrophe elsewhere in the message
            // cannot pair the quotes around a name wrongly.
            for (var open = message.IndexOf('\''); open >= 0;)
            {
                var close = message.IndexOf('\'', open + 1);
                if (close < 0)
                {
                    break;
                }

                if (_fullPaths.TryGetValue(message[(open + 1)..close], out var named))
                {
                    builder.Append(message, copied, open + 1 - copied).Append(Path.GetRelativePath(folder, named).Replace('\\', '/'));
                    copied = close;
                }

                open = close;
            }

            return copied == 0 ? message : builder.Append(message, copied, message.Length - copied).ToString();
        }
    }
}
