using System.Collections.Frozen;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Parsing;

/// <summary>Reads the prose blocks of an HTML body: tags are dropped, block elements (<c>p</c>, <c>div</c>, <c>li</c>,
/// <c>h1</c>, <c>td</c>, ...) separate blocks, inline ones (<c>b</c>, <c>span</c>, <c>a</c>, ...) join words and
/// phrases, character references are decoded, <c>blockquote</c> is a quote, <c>pre</c> and <c>code</c> are code, and
/// <c>script</c>, <c>style</c> and <c>title</c> are skipped.</summary>
/// <remarks>
/// <para>A tokenizer of its own rather than an HTML library: every character of prose must keep the source span it came
/// from (an entity maps to the whole <c>&amp;...;</c>, a space to the tag or run of white space it stands for), and
/// no library hands that out. It follows what a browser shows rather than what is valid: uppercase and self-closing
/// tags, stray end tags and unclosed elements are all read, and nothing here throws. Every scan consumes what it
/// reads, so the work is linear in the size of the body.</para>
/// <para>Placeholders and comments come from <see cref="PlaceholderScanner"/>, run over the whole body first: in text a
/// placeholder is prose (a token of its own), in a tag it is recorded but is not prose, and a whole placeholder is
/// never split by the tokenizer (<c>{% if a &gt; b %}</c> inside a tag does not end it). What the scanner found where
/// HTML has none is dropped: comments that start inside a tag, <c>[Bracket]</c> fill-ins in attribute values, and
/// broken delimiters in <c>data-*</c> values, which editors use for their own bookkeeping
/// (<c>data-atwho-at-query="{{"</c>). Intercom's <c>&lt;attribute key="..." default="..."/&gt;</c> element is added as a
/// placeholder of its own.</para>
/// <para>One <c>&lt;br&gt;</c> is a line break inside a block, as a hard line break is in Markdown; two in a row end
/// the block, since that is how editors write a blank line.</para>
/// </remarks>
internal sealed class HtmlProseReader
{
    private static readonly FrozenDictionary<string, Tag>.AlternateLookup<ReadOnlySpan<char>> Tags = CreateTags();

    private readonly string _text;
    private readonly int _end;
    private readonly List<BlockDraft> _blocks;
    private readonly List<TemplateLink> _links;
    private readonly List<TextSpan> _code;
    private readonly List<TextSpan> _dataAttributes;
    private readonly List<Placeholder> _placeholders;
    private readonly bool[] _droppedPlaceholders;
    private readonly List<TemplateComment> _comments;
    private readonly bool[] _droppedComments;
    private readonly List<Placeholder> _elements = [];
    private readonly List<Attribute> _attributes = [];

    // The open elements that decide a block's kind (quotes, lists, list items, headings), innermost last, with a count
    // per kind so that a stray end tag is ignored without a search of the stack.
    private readonly List<TagKind> _open = [];
    private readonly int[] _openCounts = new int[(int)TagKind.Count];
    private readonly List<bool> _listIsOrdered = [];

    // Where an end tag was searched for and not found: no later search for it can succeed.
    private readonly Dictionary<string, int> _noCloseFrom = new(StringComparer.Ordinal);

    private int _nextPlaceholder;
    private int _nextComment;
    private int _greaterThanFrom = int.MaxValue;
    private int _greaterThan = -1;
    private OpenBlock? _block;
    private int _lineBreaks;
    private int _linkStart = -1;
    private int _linkTagEnd;
    private string _linkTarget = string.Empty;

    private HtmlProseReader(
        string text,
        int end,
        List<BlockDraft> blocks,
        List<TemplateLink> links,
        List<TextSpan> code,
        List<TextSpan> dataAttributes,
        List<Placeholder> placeholders,
        List<TemplateComment> comments)
    {
        _text = text;
        _end = end;
        _blocks = blocks;
        _links = links;
        _code = code;
        _dataAttributes = dataAttributes;
        _placeholders = placeholders;
        _droppedPlaceholders = new bool[placeholders.Count];
        _comments = comments;
        _droppedComments = new bool[comments.Count];
    }

    private enum TagKind
    {
        Inline,
        Block,
        Quote,
        List,
        OrderedList,
        ListItem,
        Heading,
        LineBreak,
        WordBreak,
        Hidden,
        Preformatted,
        Code,
        Anchor,
        Attribute,
        Count,
    }

    /// <summary>Reads <paramref name="body"/> of <paramref name="text"/>.</summary>
    /// <param name="text">The whole source.</param>
    /// <param name="body">The part to read (after the front matter).</param>
    /// <param name="blocks">Receives the prose blocks, in source order.</param>
    /// <param name="links">Receives the <c>&lt;a href&gt;</c> links.</param>
    /// <param name="code">Receives the <c>pre</c>, <c>code</c>, <c>script</c>, <c>style</c> and <c>title</c> elements.</param>
    /// <param name="dataAttributes">Receives the values of <c>data-*</c> attributes.</param>
    /// <param name="placeholders">The scanner's placeholders of the body, in source order; on return, those HTML keeps,
    /// with Intercom's <c>&lt;attribute/&gt;</c> elements added, in source order.</param>
    /// <param name="comments">The scanner's comments, in source order; on return, without those inside tags.</param>
    public static void Read(
        string text,
        TextSpan body,
        List<BlockDraft> blocks,
        List<TemplateLink> links,
        List<TextSpan> code,
        List<TextSpan> dataAttributes,
        List<Placeholder> placeholders,
        List<TemplateComment> comments)
    {
        var reader = new HtmlProseReader(text, body.End, blocks, links, code, dataAttributes, placeholders, comments);
        reader.Run(body.Start);
        reader.Finish();
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.';

    private void Run(int start)
    {
        var i = start;
        while (i < _end)
        {
            if (CommentAt(i) is { } comment)
            {
                Space(i, comment.Span.End); // invisible, but still a word break, as in Markdown
                i = comment.Span.End;
                continue;
            }

            if (PlaceholderAt(i) is { } placeholder)
            {
                AppendVerbatim(i, placeholder.Span.End);
                i = placeholder.Span.End;
                continue;
            }

            var c = _text[i];
            if (c == '<')
            {
                var next = ReadMarkup(i);
                if (next > i)
                {
                    i = next;
                    continue;
                }
            }

            if (c == '&')
            {
                i = ReadReference(i);
            }
            else if (char.IsWhiteSpace(c))
            {
                // HTML collapses white space, line breaks included, and U+00A0 is a space to a reader too.
                var runEnd = i + 1;
                while (runEnd < _end && char.IsWhiteSpace(_text[runEnd]))
                {
                    runEnd++;
                }

                Space(i, runEnd);
                i = runEnd;
            }
            else
            {
                if (!IsInvisible(c))
                {
                    Content().AppendSource(_text, i, i + 1);
                }

                i++;
            }
        }

        Flush();
        if (_linkStart >= 0)
        {
            CloseLink(_linkTagEnd);
        }
    }

    // Returns where to go on, or `start` when the '<' is text ("a < b", "<3").
    private int ReadMarkup(int start)
    {
        if (start + 1 >= _end)
        {
            return start;
        }

        var next = _text[start + 1];
        if (next is '!' or '?')
        {
            int stop;
            if (start + 4 <= _end && string.CompareOrdinal(_text, start, "<!--", 0, 4) == 0)
            {
                // Only reached when the scanner saw no comment here (it began inside one it dropped): skip it the same way.
                var close = _text.IndexOf("-->", start + 4, _end - start - 4, StringComparison.Ordinal);
                stop = close < 0 ? _end : close + 3;
            }
            else
            {
                // <!DOCTYPE html>, <![CDATA[...]]>, <![if mso]>, <?xml ...?>: nothing a reader sees.
                stop = EndOfTag(start + 2);
            }

            Space(start, stop);
            return stop;
        }

        if (next == '/')
        {
            if (start + 2 >= _end || !char.IsAsciiLetter(_text[start + 2]))
            {
                return start;
            }

            var nameEnd = NameEnd(start + 2);
            var stop = EndOfTag(nameEnd);
            CloseElement(TagAt(start + 2, nameEnd), start, stop);
            return stop;
        }

        return char.IsAsciiLetter(next) ? ReadStartTag(start) : start;
    }

    private int ReadStartTag(int start)
    {
        var nameEnd = NameEnd(start + 1);
        var tag = TagAt(start + 1, nameEnd);
        var tagEnd = ReadAttributes(nameEnd);
        var isElement = tag.Kind == TagKind.Attribute && Value("key") is not null;
        DropInsideTag(start, tagEnd, isElement);
        return OpenElement(tag, start, tagEnd, isElement);
    }

    // Reads the attributes into _attributes and returns the end of the tag (after its '>', or the end of the body when
    // it is never closed: a browser drops an unclosed tag, and so does this reader).
    private int ReadAttributes(int from)
    {
        _attributes.Clear();
        var cursor = _nextPlaceholder;
        var i = from;
        while (i < _end)
        {
            var after = SkipPlaceholder(ref cursor, i);
            if (after > i)
            {
                i = after;
                continue;
            }

            var c = _text[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (char.IsWhiteSpace(c) || c == '/')
            {
                i++;
                continue;
            }

            var nameStart = i++;
            while (i < _end && !char.IsWhiteSpace(_text[i]) && _text[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var nameEnd = i;
            var equals = SkipSpaces(i);
            if (equals >= _end || _text[equals] != '=')
            {
                _attributes.Add(new Attribute(nameStart, nameEnd, -1, -1));
                i = equals;
                continue;
            }

            var value = SkipSpaces(equals + 1);
            if (value < _end && _text[value] is '"' or '\'')
            {
                var close = FindQuote(_text[value], value + 1, ref cursor);
                var valueEnd = close < 0 ? _end : close;
                _attributes.Add(new Attribute(nameStart, nameEnd, value + 1, valueEnd));
                i = close < 0 ? _end : close + 1;
            }
            else
            {
                var valueEnd = value;
                while (valueEnd < _end && !char.IsWhiteSpace(_text[valueEnd]) && _text[valueEnd] != '>')
                {
                    var skipped = SkipPlaceholder(ref cursor, valueEnd);
                    valueEnd = skipped > valueEnd ? skipped : valueEnd + 1;
                }

                _attributes.Add(new Attribute(nameStart, nameEnd, value, valueEnd));
                i = valueEnd;
            }
        }

        return _end;
    }

    // The closing quote of an attribute value; a quote inside a whole placeholder ({{ name | default: "there" }}) is
    // the placeholder's, since the help desk fills it in before any browser reads the HTML.
    private int FindQuote(char quote, int from, ref int cursor)
    {
        var i = from;
        while (i < _end)
        {
            var close = _text.IndexOf(quote, i, _end - i);
            if (close < 0)
            {
                return -1;
            }

            while (cursor < _placeholders.Count && _placeholders[cursor].Span.End <= close)
            {
                cursor++;
            }

            if (cursor < _placeholders.Count && _placeholders[cursor].IsWellFormed && _placeholders[cursor].Span.Start < close && _placeholders[cursor].Span.Start >= from)
            {
                i = _placeholders[cursor].Span.End;
                continue;
            }

            return close;
        }

        return -1;
    }

    // The end of a whole placeholder that starts at `at`, or `at`.
    private int SkipPlaceholder(ref int cursor, int at)
    {
        while (cursor < _placeholders.Count && _placeholders[cursor].Span.Start < at)
        {
            cursor++;
        }

        return cursor < _placeholders.Count && _placeholders[cursor].Span.Start == at && _placeholders[cursor].IsWellFormed
            ? _placeholders[cursor].Span.End
            : at;
    }

    private void DropInsideTag(int start, int end, bool isElement)
    {
        var dataStart = _dataAttributes.Count;
        foreach (var attribute in _attributes)
        {
            if (attribute.HasValue && _text.AsSpan(attribute.NameStart, attribute.NameEnd - attribute.NameStart).StartsWith("data-", StringComparison.OrdinalIgnoreCase))
            {
                _dataAttributes.Add(TextSpan.FromBounds(attribute.ValueStart, attribute.ValueEnd));
            }
        }

        while (_nextPlaceholder < _placeholders.Count && _placeholders[_nextPlaceholder].Span.Start < end)
        {
            var placeholder = _placeholders[_nextPlaceholder];
            if (placeholder.Span.Start >= start)
            {
                _droppedPlaceholders[_nextPlaceholder] = isElement
                    || placeholder.Syntax == PlaceholderSyntax.Bracket
                    || (!placeholder.IsWellFormed && InDataValue(placeholder.Span.Start, dataStart));
            }

            _nextPlaceholder++;
        }

        while (_nextComment < _comments.Count && _comments[_nextComment].Span.Start < end)
        {
            _droppedComments[_nextComment] |= _comments[_nextComment].Span.Start >= start;
            _nextComment++;
        }
    }

    private bool InDataValue(int offset, int first)
    {
        for (var i = first; i < _dataAttributes.Count; i++)
        {
            if (offset >= _dataAttributes[i].Start && offset < Math.Max(_dataAttributes[i].End, _dataAttributes[i].Start + 1))
            {
                return true;
            }
        }

        return false;
    }

    private int OpenElement(Tag tag, int start, int tagEnd, bool isElement)
    {
        switch (tag.Kind)
        {
            case TagKind.Block:
                Flush();
                break;
            case TagKind.Quote or TagKind.List or TagKind.OrderedList:
                Flush();
                Push(tag.Kind);
                break;
            case TagKind.ListItem:
                Flush();
                if (_open.Count > 0 && _open[^1] == TagKind.ListItem)
                {
                    PopTo(TagKind.ListItem); // <li>one<li>two: a new item closes the one before
                }

                Push(TagKind.ListItem);
                break;
            case TagKind.Heading:
                Flush();
                PopTo(TagKind.Heading);
                Push(TagKind.Heading);
                break;
            case TagKind.LineBreak:
                LineBreak(start, tagEnd);
                break;
            case TagKind.WordBreak:
                Space(start, tagEnd);
                break;
            case TagKind.Hidden:
            {
                var close = FindClose(tag.Name, tagEnd);
                var stop = close < 0 ? _end : EndOfTag(close + 2 + tag.Name.Length);
                _code.Add(TextSpan.FromBounds(start, stop));
                Space(start, stop);
                return stop;
            }

            case TagKind.Preformatted:
            {
                Flush();
                var close = FindClose(tag.Name, tagEnd);
                if (close < 0)
                {
                    break; // never closed: an ordinary block, so that the rest of the body is still read
                }

                var stop = EndOfTag(close + 2 + tag.Name.Length);
                _code.Add(TextSpan.FromBounds(start, stop));
                return stop;
            }

            case TagKind.Code:
            {
                var close = FindClose(tag.Name, tagEnd);
                if (close < 0)
                {
                    break;
                }

                var stop = EndOfTag(close + 2 + tag.Name.Length);
                _code.Add(TextSpan.FromBounds(start, stop));
                if (close > tagEnd)
                {
                    Content().AppendOpaque(_text, TextSpan.FromBounds(tagEnd, close));
                }

                return stop;
            }

            case TagKind.Anchor:
                if (_linkStart >= 0)
                {
                    CloseLink(start); // links do not nest: a new one ends the one before
                }

                if (Value("href") is { } href)
                {
                    _linkStart = start;
                    _linkTagEnd = tagEnd;
                    _linkTarget = HtmlEntities.DecodeAll(_text, href.ValueStart, href.ValueEnd).Trim();
                }

                break;
            case TagKind.Attribute when isElement:
                AddElement(start, tagEnd);
                break;
        }

        return tagEnd;
    }

    private void CloseElement(Tag tag, int start, int stop)
    {
        switch (tag.Kind)
        {
            case TagKind.Block or TagKind.Preformatted:
                Flush();
                break;
            case TagKind.Quote or TagKind.List or TagKind.OrderedList or TagKind.ListItem or TagKind.Heading:
                Flush();
                PopTo(tag.Kind);
                break;
            case TagKind.LineBreak:
                LineBreak(start, stop); // </br> is a <br> to a browser
                break;
            case TagKind.WordBreak:
                Space(start, stop);
                break;
            case TagKind.Anchor when _linkStart >= 0:
                CloseLink(stop);
                break;
        }
    }

    // Intercom's <attribute key="user.first_name" default="there"/>: filled in with the customer's data, or the default.
    private void AddElement(int start, int tagEnd)
    {
        var key = Value("key")!.Value;
        var name = HtmlEntities.DecodeAll(_text, key.ValueStart, key.ValueEnd).Trim();
        var placeholder = new Placeholder(TextSpan.FromBounds(start, tagEnd), name, PlaceholderSyntax.HtmlElement, IsWellFormed: name.Length > 0);
        if (Value("default") is { } fallback)
        {
            placeholder = placeholder with
            {
                Fallback = HtmlEntities.DecodeAll(_text, fallback.ValueStart, fallback.ValueEnd),
                FallbackSpan = TextSpan.FromBounds(fallback.ValueStart, fallback.ValueEnd),
            };
        }

        _elements.Add(placeholder);
        AppendVerbatim(start, tagEnd);
    }

    private Attribute? Value(string name)
    {
        foreach (var attribute in _attributes)
        {
            if (attribute.HasValue && _text.AsSpan(attribute.NameStart, attribute.NameEnd - attribute.NameStart).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return attribute;
            }
        }

        return null;
    }

    private int ReadReference(int start)
    {
        if (!HtmlEntities.TryDecode(_text, start, _end, out var value, out var length))
        {
            Content().AppendSource(_text, start, start + 1); // "Fish & chips", "&unknown;": text as written
            return start + 1;
        }

        var end = start + length;
        if (value.Length == 1 && char.IsWhiteSpace(value[0]))
        {
            Space(start, end);
        }
        else if (value.Length > 1 || !IsInvisible(value[0]))
        {
            Content().AppendReplacement(value, new TextSpan(start, length));
        }

        return end;
    }

    // A placeholder or an Intercom element as written, each character its own source, line breaks as spaces.
    private void AppendVerbatim(int start, int end)
    {
        var prose = Content();
        for (var i = start; i < end; i++)
        {
            if (_text[i] is '\r' or '\n' or '\t')
            {
                prose.AppendReplacement(" ", new TextSpan(i, 1));
            }
            else
            {
                prose.AppendSource(_text, i, i + 1);
            }
        }
    }

    private void LineBreak(int start, int end)
    {
        if (_block is null)
        {
            return; // a <br> before any text adds nothing
        }

        if (++_lineBreaks >= 2)
        {
            Flush();
        }
        else
        {
            _block.Prose.AppendSpace(start, end);
        }
    }

    private void Space(int start, int end) => _block?.Prose.AppendSpace(start, end);

    private ProseBuffer Content()
    {
        if (_block is null)
        {
            var kind = _openCounts[(int)TagKind.Heading] > 0 ? ProseBlockKind.Heading
                : _openCounts[(int)TagKind.ListItem] > 0 ? ProseBlockKind.ListItem
                : ProseBlockKind.Paragraph;
            var isOrdered = kind == ProseBlockKind.ListItem && _listIsOrdered.Count > 0 && _listIsOrdered[^1];
            _block = new OpenBlock(kind, _openCounts[(int)TagKind.Quote] > 0, isOrdered);
        }

        _lineBreaks = 0;
        return _block.Prose;
    }

    private void Flush()
    {
        if (_block is { } block)
        {
            var prose = block.Prose;
            var last = prose.Length - 1;
            while (last >= 0 && char.IsWhiteSpace(prose[last]))
            {
                last--;
            }

            if (last >= 0)
            {
                var span = TextSpan.FromBounds(prose.SourceStart(0), Math.Max(prose.SourceStart(0), prose.SourceEnd(last)));
                _blocks.Add(new BlockDraft(block.Kind, span, block.IsQuoted, block.IsOrdered, prose));
            }
        }

        _block = null;
        _lineBreaks = 0;
    }

    private void Push(TagKind kind)
    {
        _open.Add(kind);
        _openCounts[(int)kind]++;
        if (kind is TagKind.List or TagKind.OrderedList)
        {
            _listIsOrdered.Add(kind == TagKind.OrderedList);
        }
    }

    // Closes the innermost open element of `kind` and everything opened inside it; a stray end tag closes nothing.
    private void PopTo(TagKind kind)
    {
        if (_openCounts[(int)kind] == 0)
        {
            return;
        }

        while (_open.Count > 0)
        {
            var top = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            _openCounts[(int)top]--;
            if (top is TagKind.List or TagKind.OrderedList)
            {
                _listIsOrdered.RemoveAt(_listIsOrdered.Count - 1);
            }

            if (top == kind)
            {
                return;
            }
        }
    }

    private void CloseLink(int end)
    {
        _links.Add(new TemplateLink(TextSpan.FromBounds(_linkStart, Math.Max(end, _linkTagEnd)), _linkTarget));
        _linkStart = -1;
    }

    private TemplateComment? CommentAt(int offset)
    {
        while (_nextComment < _comments.Count && _comments[_nextComment].Span.Start < offset)
        {
            _nextComment++;
        }

        return _nextComment < _comments.Count && _comments[_nextComment].Span.Start == offset && !_droppedComments[_nextComment]
            ? _comments[_nextComment]
            : null;
    }

    private Placeholder? PlaceholderAt(int offset)
    {
        while (_nextPlaceholder < _placeholders.Count && _placeholders[_nextPlaceholder].Span.Start < offset)
        {
            _nextPlaceholder++;
        }

        return _nextPlaceholder < _placeholders.Count && _placeholders[_nextPlaceholder].Span.Start == offset && !_droppedPlaceholders[_nextPlaceholder]
            ? _placeholders[_nextPlaceholder]
            : null;
    }

    private int NameEnd(int from)
    {
        var i = from;
        while (i < _end && IsNameChar(_text[i]))
        {
            i++;
        }

        return i;
    }

    private int SkipSpaces(int from)
    {
        var i = from;
        while (i < _end && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        return i;
    }

    // After the next '>' at or after `from`, or the end of the body. The position of that '>' is kept, so that a body
    // of many '<' and no '>' is searched once, not once per '<'.
    private int EndOfTag(int from)
    {
        if (from < _greaterThanFrom || (_greaterThan >= 0 && _greaterThan < from))
        {
            _greaterThanFrom = from;
            _greaterThan = from < _end ? _text.IndexOf('>', from, _end - from) : -1;
        }

        return _greaterThan < 0 ? _end : _greaterThan + 1;
    }

    // The '<' of the end tag that closes `name` (any case), at or after `from`, or -1.
    private int FindClose(string name, int from)
    {
        if (_noCloseFrom.TryGetValue(name, out var none) && none <= from)
        {
            return -1;
        }

        var closer = "</" + name;
        var i = from;
        while (i < _end)
        {
            var found = _text.IndexOf(closer, i, _end - i, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                break;
            }

            var after = found + closer.Length;
            if (after >= _end || !IsNameChar(_text[after]))
            {
                return found;
            }

            i = after;
        }

        _noCloseFrom[name] = from;
        return -1;
    }

    private Tag TagAt(int start, int end) =>
        Tags.TryGetValue(_text.AsSpan(start, end - start), out var tag) ? tag : new Tag(TagKind.Inline, string.Empty);

    private void Finish()
    {
        var kept = new List<Placeholder>(_placeholders.Count + _elements.Count);
        for (var i = 0; i < _placeholders.Count; i++)
        {
            if (!_droppedPlaceholders[i])
            {
                kept.Add(_placeholders[i]);
            }
        }

        if (_elements.Count > 0)
        {
            kept.AddRange(_elements);
            kept.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        }

        _placeholders.Clear();
        _placeholders.AddRange(kept);

        var keptComments = new List<TemplateComment>(_comments.Count);
        for (var i = 0; i < _comments.Count; i++)
        {
            if (!_droppedComments[i])
            {
                keptComments.Add(_comments[i]);
            }
        }

        _comments.Clear();
        _comments.AddRange(keptComments);
    }

    private static FrozenDictionary<string, Tag>.AlternateLookup<ReadOnlySpan<char>> CreateTags()
    {
        var tags = new Dictionary<string, Tag>(StringComparer.OrdinalIgnoreCase);
        void Add(TagKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                tags[name] = new Tag(kind, name);
            }
        }

        Add(
            TagKind.Block,
            "address", "article", "aside", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "head", "header", "hgroup", "hr", "html", "legend",
            "main", "nav", "noscript", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
            "option", "optgroup", "select", "iframe", "object", "video", "audio", "canvas", "textarea");
        Add(TagKind.Quote, "blockquote");
        Add(TagKind.List, "ul", "menu", "dir");
        Add(TagKind.OrderedList, "ol");
        Add(TagKind.ListItem, "li");
        Add(TagKind.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        Add(TagKind.LineBreak, "br");
        Add(TagKind.WordBreak, "img", "input", "svg", "math");
        Add(TagKind.Hidden, "script", "style", "title", "template");
        Add(TagKind.Preformatted, "pre", "xmp", "listing");
        Add(TagKind.Code, "code", "kbd", "samp", "tt");
        Add(TagKind.Anchor, "a");
        Add(TagKind.Attribute, "attribute");
        return tags.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly record struct Tag(TagKind Kind, string Name);

    // An attribute as written: its name, and its value without quotes (-1 when it has none).
    private readonly record struct Attribute(int NameStart, int NameEnd, int ValueStart, int ValueEnd)
    {
        public bool HasValue => ValueStart >= 0;
    }

    private sealed class OpenBlock(ProseBlockKind kind, bool isQuoted, bool isOrdered)
    {
        public ProseBlockKind Kind { get; } = kind;

        public bool IsQuoted { get; } = isQuoted;

        public bool IsOrdered { get; } = isOrdered;

        public ProseBuffer Prose { get; } = new();
    }
}
