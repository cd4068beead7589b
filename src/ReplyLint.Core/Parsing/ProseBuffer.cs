using System.Runtime.InteropServices;
using ReplyLint.Text;

namespace ReplyLint.Parsing;

/// <summary>The prose of one block as a reader sees it (markup dropped, line breaks as spaces), with a map from
/// every character back to the source span it came from.</summary>
/// <remarks>Sentence splitting and tokenizing run over this buffer; the map turns their results back into exact
/// source spans, so a phrase broken by a line break or by <c>**emphasis**</c> still has one source span.</remarks>
internal sealed class ProseBuffer
{
    // A list, not a StringBuilder: the segmenter reads characters by index, and a StringBuilder's indexer walks its
    // chunks, which turns a long paragraph into quadratic work.
    private readonly List<char> _text = [];
    private readonly List<int> _sourceStart = [];
    private readonly List<int> _sourceEnd = [];
    private readonly List<bool> _opaque = [];

    public int Length => _text.Count;

    public char this[int index] => _text[index];

    public bool IsOpaque(int index) => _opaque[index];

    public int SourceStart(int index) => _sourceStart[index];

    public int SourceEnd(int index) => _sourceEnd[index];

    /// <summary>The source span from buffer character <paramref name="start"/> to the end of <paramref name="end"/> - 1.</summary>
    public TextSpan SourceSpan(int start, int end) => TextSpan.FromBounds(_sourceStart[start], _sourceEnd[end - 1]);

    public string Substring(int start, int end) => new(CollectionsMarshal.AsSpan(_text).Slice(start, end - start));

    public override string ToString() => new(CollectionsMarshal.AsSpan(_text));

    /// <summary>Source text copied as it is, one character per source character.</summary>
    public void AppendSource(string source, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Append(source[i], i, i + 1, opaque: false);
        }
    }

    /// <summary>Characters that stand for <paramref name="span"/> as a whole, such as a decoded HTML entity.</summary>
    public void AppendReplacement(string text, TextSpan span)
    {
        foreach (var c in text)
        {
            Append(c, span.Start, span.End, opaque: false);
        }
    }

    /// <summary>Text that is not prose (inline code, a URL, inline HTML): kept for reading, never matched.</summary>
    public void AppendOpaque(string source, TextSpan span)
    {
        if (span.IsEmpty)
        {
            return;
        }

        AppendSpaceIfGlued(span.Start);
        for (var i = span.Start; i < span.End; i++)
        {
            var c = source[i];
            Append(c is '\r' or '\n' or '\t' ? ' ' : c, i, i + 1, opaque: true);
        }
    }

    /// <summary>A word break (a line break, a comment): one space, never two in a row.</summary>
    public void AppendSpace(int sourceStart, int sourceEnd)
    {
        if (_text.Count > 0 && !char.IsWhiteSpace(_text[^1]))
        {
            Append(' ', sourceStart, Math.Max(sourceEnd, sourceStart + 1), opaque: false);
        }
    }

    /// <summary>A copy without the characters that come from <paramref name="removed"/> (comments): each removed run
    /// becomes one space. The spans are in source order and do not overlap.</summary>
    public ProseBuffer Without(IReadOnlyList<TextSpan> removed)
    {
        if (removed.Count == 0)
        {
            return this;
        }

        var copy = new ProseBuffer();
        for (var i = 0; i < _text.Count; i++)
        {
            if (IsInside(_sourceStart[i], removed))
            {
                copy.AppendSpace(_sourceStart[i], _sourceEnd[i]);
                continue;
            }

            if (char.IsWhiteSpace(_text[i]) && copy.Length > 0 && char.IsWhiteSpace(copy[copy.Length - 1]))
            {
                continue;
            }

            copy.Append(_text[i], _sourceStart[i], _sourceEnd[i], _opaque[i]);
        }

        return copy;
    }

    public void MarkOpaque(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            _opaque[i] = true;
        }
    }

    // The spans are sorted and do not overlap (the scanner finds them left to right), so a binary search will do.
    private static bool IsInside(int offset, IReadOnlyList<TextSpan> spans) =>
        SortedSpans.IndexContaining(spans, static span => span, offset) >= 0;

    private void AppendSpaceIfGlued(int sourceStart)
    {
        // Two opaque runs side by side (`a``b`) stay two tokens.
        if (_text.Count > 0 && _opaque[^1] && !char.IsWhiteSpace(_text[^1]))
        {
            Append(' ', sourceStart, sourceStart, opaque: false);
        }
    }

    private void Append(char c, int sourceStart, int sourceEnd, bool opaque)
    {
        _text.Add(c);
        _sourceStart.Add(sourceStart);
        _sourceEnd.Add(sourceEnd);
        _opaque.Add(opaque);
    }
}
