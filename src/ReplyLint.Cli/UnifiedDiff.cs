using System.Globalization;

namespace ReplyLint.Cli;

/// <summary>Writes the difference between two texts as a unified diff (<c>diff -u</c>, <c>git diff</c>), so that
/// <c>git apply</c> or <c>patch -p1</c> can apply it from the folder the paths are relative to.</summary>
/// <remarks>Lines are compared and written with their own line breaks, as GNU diff does, so a CRLF file's diff
/// carries its CRs and applies to it; a last line without a line break is followed by
/// <c>\ No newline at end of file</c>. The hunks have three lines of context.</remarks>
internal static class UnifiedDiff
{
    private const int Context = 3;

    private enum Kind
    {
        Same,
        Removed,
        Added,
    }

    /// <summary>Writes the diff of <paramref name="before"/> and <paramref name="after"/>, headed <c>--- a/PATH</c> and
    /// <c>+++ b/PATH</c>; nothing when they are equal.</summary>
    public static void Write(TextWriter writer, string path, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        var a = Lines(before);
        var b = Lines(after);
        var script = Compare(a, b);
        writer.Write($"--- a/{path}\n+++ b/{path}\n");
        var i = 0;
        while (i < script.Count)
        {
            if (script[i].Kind == Kind.Same)
            {
                i++;
                continue;
            }

            // A hunk runs from the context before this change to the context after the last change that is no more
            // than two contexts' worth of unchanged lines further on.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (true)
            {
                while (end < script.Count && script[end].Kind != Kind.Same)
                {
                    end++;
                }

                var next = end;
                while (next < script.Count && script[next].Kind == Kind.Same)
                {
                    next++;
                }

                if (next < script.Count && next - end <= 2 * Context)
                {
                    end = next;
                    continue;
                }

                end = Math.Min(script.Count, end + Context);
                break;
            }

            WriteHunk(writer, script, start, end, a, b);
            i = end;
        }
    }

    private static void WriteHunk(TextWriter writer, List<Step> script, int start, int end, List<string> a, List<string> b)
    {
        int oldCount = 0, newCount = 0;
        for (var k = start; k < end; k++)
        {
            oldCount += script[k].Kind != Kind.Added ? 1 : 0;
            newCount += script[k].Kind != Kind.Removed ? 1 : 0;
        }

        // An empty range is numbered by the line before it (0 at the top of the file), as diff does.
        var oldStart = script[start].OldIndex + (oldCount > 0 ? 1 : 0);
        var newStart = script[start].NewIndex + (newCount > 0 ? 1 : 0);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n"));
        for (var k = start; k < end; k++)
        {
            var step = script[k];
            var (prefix, line) = step.Kind switch
            {
                Kind.Removed => ('-', a[step.OldIndex]),
                Kind.Added => ('+', b[step.NewIndex]),
                _ => (' ', a[step.OldIndex]),
            };
            writer.Write(prefix);
            writer.Write(line);
            if (line.Length == 0 || line[^1] is not ('\n' or '\r'))
            {
                writer.Write("\n\\ No newline at end of file\n");
            }
        }
    }

    /// <summary>Each line with its line break (CRLF, LF or a lone CR); the last one may have none.</summary>
    internal static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>One line of the edit script: where it stands in the old and the new text (for an added line,
    /// <see cref="OldIndex"/> is the number of old lines before it, and the other way round).</summary>
    private readonly record struct Step(Kind Kind, int OldIndex, int NewIndex);

    // Myers' O(ND) shortest edit script, over the lines between the common head and tail (fixes change a few lines of
    // a file, so the part left is small).
    private static List<Step> Compare(List<string> a, List<string> b)
    {
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail])
        {
            tail++;
        }

        var steps = new List<Step>(a.Count + b.Count);
        for (var k = 0; k < head; k++)
        {
            steps.Add(new Step(Kind.Same, k, k));
        }

        var middle = ShortestEditScript(a, b, head, a.Count - tail, b.Count - tail);
        steps.AddRange(middle);
        for (var k = tail; k > 0; k--)
        {
            steps.Add(new Step(Kind.Same, a.Count - k, b.Count - k));
        }

        return steps;
    }

    private static List<Step> ShortestEditScript(List<string> a, List<string> b, int from, int aEnd, int bEnd)
    {
        var n = aEnd - from;
        var m = bEnd - from;
        var max = n + m;
        var v = new int[(2 * max) + 3];
        var offset = max + 1;
        var trace = new List<int[]>();
        var found = -1;
        for (var d = 0; d <= max && found < 0; d++)
        {
            // What round d reads: the furthest x on each diagonal after round d - 1.
            trace.Add(v[(offset - d)..(offset + d + 1)]);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[from + x] == b[from + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }
        }

        var reversed = new List<Step>();
        int cx = n, cy = m;
        for (var d = found; d > 0; d--)
        {
            var previous = trace[d];
            var k = cx - cy;
            var down = k == -d || (k != d && previous[k - 1 + d] < previous[k + 1 + d]);
            var previousK = down ? k + 1 : k - 1;
            var previousX = previous[previousK + d];
            var previousY = previousX - previousK;
            while (cx > previousX && cy > previousY)
            {
                cx--;
                cy--;
                reversed.Add(new Step(Kind.Same, from + cx, from + cy));
            }

            if (down)
            {
                cy--;
                reversed.Add(new Step(Kind.Added, from + cx, from + cy));
            }
            else
            {
                cx--;
                reversed.Add(new Step(Kind.Removed, from + cx, from + cy));
            }
        }

        while (cx > 0 && cy > 0)
        {
            cx--;
            cy--;
            reversed.Add(new Step(Kind.Same, from + cx, from + cy));
        }

        reversed.Reverse();
        return reversed;
    }
}
