namespace ReplyLint.Text;

/// <summary>Maps offsets in a decoded text (a JSON string's value, a YAML scalar, a body with its HTML removed) back
/// to the text it was decoded from, so that a finding in the decoded text points where a person sees it in the file.</summary>
/// <remarks>The map is a sorted run of segments. A copy segment maps its characters one to one; a replacement
/// segment stands for a whole piece of source (an escape such as <c>\n</c> or <c>\u00e9</c>, an entity) and maps
/// only to that piece as a whole, so a mapped span never starts or ends inside an escape. Maps compose with
/// <see cref="Then"/>: body → JSON string → file.</remarks>
public sealed class OffsetMap
{
    private readonly Segment[] _segments;
    private readonly OffsetMap? _outer;

    private OffsetMap(Segment[] segments, int decodedLength, OffsetMap? outer)
    {
        _segments = segments;
        DecodedLength = decodedLength;
        _outer = outer;
    }

    /// <summary>The length of the decoded text the map covers.</summary>
    public int DecodedLength { get; }

    /// <summary>A map that copies <paramref name="length"/> characters starting at <paramref name="sourceStart"/>.</summary>
    public static OffsetMap Shift(int sourceStart, int length)
    {
        var builder = new Builder();
        builder.Copy(sourceStart, length);
        return builder.ToMap();
    }

    /// <summary>This map followed by <paramref name="outer"/>, which maps this map's source to its own source.</summary>
    public OffsetMap Then(OffsetMap outer)
    {
        ArgumentNullException.ThrowIfNull(outer);
        return new OffsetMap(_segments, DecodedLength, _outer is null ? outer : _outer.Then(outer));
    }

    /// <summary>The source span of a decoded span: it starts where the source of its first character starts and ends
    /// where the source of its last character ends; an empty span maps to an empty span.</summary>
    public TextSpan MapSpan(TextSpan decoded)
    {
        var local = MapLocal(decoded);
        return _outer is null ? local : _outer.MapSpan(local);
    }

    /// <summary>The source offset of a decoded offset (the start of what it was decoded from).</summary>
    public int MapOffset(int decodedOffset) => MapSpan(new TextSpan(decodedOffset, 0)).Start;

    /// <summary>Whether a decoded span maps to its source one character for one, through every map in the chain,
    /// with no escape, entity or tag inside: only then can an edit of it be written back into the source as it is.</summary>
    public bool IsVerbatim(TextSpan decoded)
    {
        if (!decoded.IsEmpty)
        {
            var segment = _segments[Find(decoded.Start)];
            if (!segment.IsCopy || decoded.End > segment.DecodedEnd)
            {
                return false;
            }
        }

        return _outer is null || _outer.IsVerbatim(MapLocal(decoded));
    }

    private TextSpan MapLocal(TextSpan decoded)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decoded.End, DecodedLength, nameof(decoded));
        var start = MapStart(decoded.Start);
        var end = decoded.IsEmpty ? start : Math.Max(start, MapEnd(decoded.End));
        return TextSpan.FromBounds(start, end);
    }

    private int MapStart(int offset)
    {
        if (_segments.Length == 0)
        {
            return 0;
        }

        var segment = _segments[Find(offset)];
        if (offset >= segment.DecodedEnd)
        {
            return segment.SourceEnd;
        }

        return segment.IsCopy ? segment.SourceStart + (offset - segment.DecodedStart) : segment.SourceStart;
    }

    private int MapEnd(int offset)
    {
        if (_segments.Length == 0)
        {
            return 0;
        }

        // The end belongs to the segment of the last character before it.
        var segment = _segments[Find(offset - 1)];
        return segment.IsCopy ? segment.SourceStart + (offset - segment.DecodedStart) : segment.SourceEnd;
    }

    // The last segment starting at or before the offset (the first segment for offsets before it).
    private int Find(int offset)
    {
        int low = 0, high = _segments.Length - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (_segments[middle].DecodedStart <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private readonly record struct Segment(int DecodedStart, int DecodedLength, int SourceStart, int SourceLength, bool IsCopy)
    {
        public int DecodedEnd => DecodedStart + DecodedLength;

        public int SourceEnd => SourceStart + SourceLength;
    }

    /// <summary>Builds a map in decoded order, one segment after another.</summary>
    public sealed class Builder
    {
        private readonly List<Segment> _segments = [];
        private int _decodedLength;

        /// <summary>The decoded length so far.</summary>
        public int DecodedLength => _decodedLength;

        /// <summary><paramref name="length"/> decoded characters copied from <paramref name="sourceStart"/> on.</summary>
        public void Copy(int sourceStart, int length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(sourceStart);
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            if (length == 0)
            {
                return;
            }

            if (_segments.Count > 0 && _segments[^1] is { IsCopy: true } last && last.SourceEnd == sourceStart)
            {
                _segments[^1] = last with { DecodedLength = last.DecodedLength + length, SourceLength = last.SourceLength + length };
            }
            else
            {
                _segments.Add(new Segment(_decodedLength, length, sourceStart, length, IsCopy: true));
            }

            _decodedLength += length;
        }

        /// <summary><paramref name="decodedLength"/> decoded characters (0 for source that decodes to nothing, such as
        /// a tag) that stand for <paramref name="source"/> as a whole.</summary>
        public void Replace(TextSpan source, int decodedLength)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(decodedLength);
            _segments.Add(new Segment(_decodedLength, decodedLength, source.Start, source.Length, IsCopy: false));
            _decodedLength += decodedLength;
        }

        /// <summary>The map.</summary>
        public OffsetMap ToMap() => new([.. _segments], _decodedLength, outer: null);
    }
}
