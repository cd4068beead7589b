namespace ReplyLint.Text;

/// <summary>Binary search over items whose spans are sorted and do not overlap (placeholders, comments).</summary>
internal static class SortedSpans
{
    /// <summary>The index of the item whose span contains <paramref name="offset"/>, or -1.</summary>
    public static int IndexContaining<T>(IReadOnlyList<T> items, Func<T, TextSpan> spanOf, int offset)
    {
        int low = 0, high = items.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var span = spanOf(items[middle]);
            if (offset < span.Start)
            {
                high = middle - 1;
            }
            else if (offset >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }
}
