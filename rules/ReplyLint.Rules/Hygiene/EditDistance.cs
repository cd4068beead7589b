namespace ReplyLint.Rules.Hygiene;

/// <summary>Damerau-Levenshtein distance (the optimal string alignment variant): insertions, deletions, substitutions
/// and swaps of two neighbouring characters each cost one, so "frist" is one edit from "first".</summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/> (ordinal, case-sensitive), or
    /// <paramref name="max"/> + 1 as soon as it is certain to exceed <paramref name="max"/>.</summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        // Three rows of the table: two rows back (for swaps), the previous one and the current one.
        var width = b.Length + 1;
        var rows = width <= 256 ? stackalloc int[3 * width] : new int[3 * width];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        var previousMinimum = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            // A row depends on the two rows above it only (a swap reaches back two), so once two rows in a row are over
            // the limit, every later row is too.
            if (rowMinimum > max && previousMinimum > max)
            {
                return max + 1;
            }

            previousMinimum = rowMinimum;
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
