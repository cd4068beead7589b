using System.Collections.Immutable;
using System.Globalization;

namespace ReplyLint.Exports;

/// <summary>Where the templates of a JSON listing are: a small JSONPath such as <c>$[*]</c>, <c>$.data[*]</c> or
/// <c>$._embedded['saved-replies'][*]</c>. <c>$</c> is the file's value; <c>.name</c> and <c>['name']</c> take a member,
/// <c>[2]</c> an item, and <c>[*]</c> every item of a list (or every value of an object).</summary>
internal sealed class ItemsPath
{
    private readonly ImmutableArray<Segment> _segments;

    private ItemsPath(string text, ImmutableArray<Segment> segments)
    {
        Text = text;
        _segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>The path <c>$</c>: the file's value itself.</summary>
    public static ItemsPath Root { get; } = new("$", []);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong, as a phrase.</summary>
    public static bool TryParse(string text, out ItemsPath? path, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        path = null;
        error = null;
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('$'))
        {
            error = "it does not start with '$' (the file's value)";
            return false;
        }

        var segments = ImmutableArray.CreateBuilder<Segment>();
        var i = 1;
        while (i < trimmed.Length)
        {
            if (trimmed[i] == '.')
            {
                var start = ++i;
                while (i < trimmed.Length && (char.IsLetterOrDigit(trimmed[i]) || trimmed[i] is '_' or '-'))
                {
                    i++;
                }

                if (i == start)
                {
                    error = $"a '.' at position {start} is not followed by a name";
                    return false;
                }

                segments.Add(Segment.Member(trimmed[start..i]));
            }
            else if (trimmed[i] == '[')
            {
                var close = trimmed.IndexOf(']', i);
                if (close < 0)
                {
                    error = $"the '[' at position {i + 1} is never closed";
                    return false;
                }

                var inside = trimmed[(i + 1)..close].Trim();
                if (inside == "*")
                {
                    segments.Add(Segment.Every);
                }
                else if (inside.Length >= 2 && inside[0] is '\'' or '"' && inside[^1] == inside[0])
                {
                    segments.Add(Segment.Member(inside[1..^1]));
                }
                else if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    segments.Add(Segment.Item(index));
                }
                else
                {
                    error = $"'[{inside}]' is not [*], an index such as [0], or a quoted name such as ['saved-replies']";
                    return false;
                }

                i = close + 1;
            }
            else
            {
                error = $"'{trimmed[i]}' at position {i + 1} is not '.' or '['";
                return false;
            }
        }

        path = new ItemsPath(trimmed, segments.ToImmutable());
        return true;
    }

    /// <summary>The values the path selects in <paramref name="root"/>, in file order; none when it leads nowhere.</summary>
    public List<DataNode> Select(DataNode root)
    {
        var current = new List<DataNode> { root };
        foreach (var segment in _segments)
        {
            var next = new List<DataNode>();
            foreach (var node in current)
            {
                switch (segment.Kind)
                {
                    case SegmentKind.Member when node is DataObject obj && obj[segment.Name!] is { } value:
                        next.Add(value);
                        break;
                    case SegmentKind.Item when node is DataArray array && segment.Index < array.Items.Count:
                        next.Add(array.Items[segment.Index]);
                        break;
                    case SegmentKind.Every when node is DataArray array:
                        next.AddRange(array.Items);
                        break;
                    case SegmentKind.Every when node is DataObject obj:
                        next.AddRange(obj.Members.Select(static m => m.Value));
                        break;
                }
            }

            current = next;
        }

        return current;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private enum SegmentKind
    {
        Member,
        Item,
        Every,
    }

    private readonly record struct Segment(SegmentKind Kind, string? Name, int Index)
    {
        public static Segment Every => new(SegmentKind.Every, null, 0);

        public static Segment Member(string name) => new(SegmentKind.Member, name, 0);

        public static Segment Item(int index) => new(SegmentKind.Item, null, index);
    }
}
