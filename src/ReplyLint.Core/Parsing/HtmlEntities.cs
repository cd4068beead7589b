using System.Collections.Frozen;

namespace ReplyLint.Parsing;

/// <summary>Decodes HTML character references: the named ones a reply template meets (punctuation, quotes, currency,
/// the accented letters of Western European languages) and every numeric one.</summary>
/// <remarks>HTML5 names over two thousand entities; the rest are mathematical and technical symbols that do not occur
/// in support replies. A name missing from the table is left as it is written, which is what a reader then sees.</remarks>
internal static class HtmlEntities
{
    // The longest name in the table, with room to spare: a run of letters longer than this is no entity.
    private const int MaxNameLength = 16;

    private static readonly FrozenDictionary<string, string> Named = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'",
        ["nbsp"] = "\u00A0", ["ensp"] = "\u2002", ["emsp"] = "\u2003", ["thinsp"] = "\u2009",
        ["shy"] = "\u00AD", ["zwj"] = "\u200D", ["zwnj"] = "\u200C", ["ZeroWidthSpace"] = "\u200B", ["NoBreak"] = "\u2060",
        ["hellip"] = "\u2026", ["mdash"] = "\u2014", ["ndash"] = "\u2013", ["minus"] = "\u2212", ["hyphen"] = "\u2010",
        ["lsquo"] = "\u2018", ["rsquo"] = "\u2019", ["sbquo"] = "\u201A", ["ldquo"] = "\u201C", ["rdquo"] = "\u201D",
        ["bdquo"] = "\u201E", ["laquo"] = "\u00AB", ["raquo"] = "\u00BB", ["lsaquo"] = "\u2039", ["rsaquo"] = "\u203A",
        ["prime"] = "\u2032", ["Prime"] = "\u2033", ["bull"] = "\u2022", ["middot"] = "\u00B7", ["dagger"] = "\u2020",
        ["Dagger"] = "\u2021", ["sect"] = "\u00A7", ["para"] = "\u00B6", ["deg"] = "\u00B0", ["permil"] = "\u2030",
        ["copy"] = "\u00A9", ["reg"] = "\u00AE", ["trade"] = "\u2122",
        ["euro"] = "\u20AC", ["pound"] = "\u00A3", ["yen"] = "\u00A5", ["cent"] = "\u00A2", ["curren"] = "\u00A4",
        ["iexcl"] = "\u00A1", ["iquest"] = "\u00BF", ["brvbar"] = "\u00A6", ["uml"] = "\u00A8", ["acute"] = "\u00B4",
        ["ordf"] = "\u00AA", ["ordm"] = "\u00BA", ["not"] = "\u00AC", ["macr"] = "\u00AF", ["cedil"] = "\u00B8",
        ["plusmn"] = "\u00B1", ["times"] = "\u00D7", ["divide"] = "\u00F7", ["micro"] = "\u00B5",
        ["sup1"] = "\u00B9", ["sup2"] = "\u00B2", ["sup3"] = "\u00B3",
        ["frac14"] = "\u00BC", ["frac12"] = "\u00BD", ["frac34"] = "\u00BE",
        ["larr"] = "\u2190", ["uarr"] = "\u2191", ["rarr"] = "\u2192", ["darr"] = "\u2193", ["harr"] = "\u2194",
        ["check"] = "\u2713", ["cross"] = "\u2717", ["star"] = "\u2606", ["starf"] = "\u2605", ["hearts"] = "\u2665",
        ["Agrave"] = "\u00C0", ["Aacute"] = "\u00C1", ["Acirc"] = "\u00C2", ["Atilde"] = "\u00C3", ["Auml"] = "\u00C4",
        ["Aring"] = "\u00C5", ["AElig"] = "\u00C6", ["Ccedil"] = "\u00C7", ["Egrave"] = "\u00C8", ["Eacute"] = "\u00C9",
        ["Ecirc"] = "\u00CA", ["Euml"] = "\u00CB", ["Igrave"] = "\u00CC", ["Iacute"] = "\u00CD", ["Icirc"] = "\u00CE",
        ["Iuml"] = "\u00CF", ["ETH"] = "\u00D0", ["Ntilde"] = "\u00D1", ["Ograve"] = "\u00D2", ["Oacute"] = "\u00D3",
        ["Ocirc"] = "\u00D4", ["Otilde"] = "\u00D5", ["Ouml"] = "\u00D6", ["Oslash"] = "\u00D8", ["Ugrave"] = "\u00D9",
        ["Uacute"] = "\u00DA", ["Ucirc"] = "\u00DB", ["Uuml"] = "\u00DC", ["Yacute"] = "\u00DD", ["THORN"] = "\u00DE",
        ["szlig"] = "\u00DF", ["agrave"] = "\u00E0", ["aacute"] = "\u00E1", ["acirc"] = "\u00E2", ["atilde"] = "\u00E3",
        ["auml"] = "\u00E4", ["aring"] = "\u00E5", ["aelig"] = "\u00E6", ["ccedil"] = "\u00E7", ["egrave"] = "\u00E8",
        ["eacute"] = "\u00E9", ["ecirc"] = "\u00EA", ["euml"] = "\u00EB", ["igrave"] = "\u00EC", ["iacute"] = "\u00ED",
        ["icirc"] = "\u00EE", ["iuml"] = "\u00EF", ["eth"] = "\u00F0", ["ntilde"] = "\u00F1", ["ograve"] = "\u00F2",
        ["oacute"] = "\u00F3", ["ocirc"] = "\u00F4", ["otilde"] = "\u00F5", ["ouml"] = "\u00F6", ["oslash"] = "\u00F8",
        ["ugrave"] = "\u00F9", ["uacute"] = "\u00FA", ["ucirc"] = "\u00FB", ["uuml"] = "\u00FC", ["yacute"] = "\u00FD",
        ["thorn"] = "\u00FE", ["yuml"] = "\u00FF", ["Yuml"] = "\u0178", ["OElig"] = "\u0152", ["oelig"] = "\u0153",
        ["Scaron"] = "\u0160", ["scaron"] = "\u0161", ["fnof"] = "\u0192", ["circ"] = "\u02C6", ["tilde"] = "\u02DC",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The names HTML still decodes without their semicolon ("&amp" , "&nbsp"), as old editors wrote them.
    private static readonly FrozenSet<string> WithoutSemicolon =
        FrozenSet.Create(StringComparer.Ordinal, "amp", "lt", "gt", "quot", "nbsp", "copy", "reg");

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamedBySpan =
        Named.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WithoutSemicolonBySpan =
        WithoutSemicolon.GetAlternateLookup<ReadOnlySpan<char>>();

    // &#128; to &#159; are C1 controls in Unicode, but every browser reads them as Windows-1252, the encoding the
    // pages that wrote them were in: &#146; is a right single quote. Zero keeps the code point (an unassigned slot).
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    ];

    /// <summary>Decodes the character reference that starts at <paramref name="start"/> (its <c>&amp;</c>).</summary>
    /// <param name="text">The source.</param>
    /// <param name="start">The offset of the <c>&amp;</c>.</param>
    /// <param name="end">Where the reference must end at the latest.</param>
    /// <param name="value">The decoded text: one character, or two for a code point outside the BMP.</param>
    /// <param name="length">How many source characters the reference takes, its <c>;</c> included.</param>
    /// <returns>Whether a reference starts there; when not, the <c>&amp;</c> is text.</returns>
    public static bool TryDecode(string text, int start, int end, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        var i = start + 1;
        if (i >= end)
        {
            return false;
        }

        if (text[i] == '#')
        {
            return TryDecodeNumber(text, start, end, out value, out length);
        }

        while (i < end && i - start <= MaxNameLength && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        var name = text.AsSpan(start + 1, i - start - 1);
        if (name.IsEmpty)
        {
            return false;
        }

        if (i < end && text[i] == ';' && NamedBySpan.TryGetValue(name, out var named))
        {
            value = named;
            length = i + 1 - start;
            return true;
        }

        if (WithoutSemicolonBySpan.Contains(name) && NamedBySpan.TryGetValue(name, out named))
        {
            value = named;
            length = i - start;
            return true;
        }

        return false;
    }

    /// <summary>The text of an attribute value with its character references decoded.</summary>
    public static string DecodeAll(string text, int start, int end)
    {
        var at = text.IndexOf('&', start, end - start);
        if (at < 0)
        {
            return text[start..end];
        }

        var builder = new System.Text.StringBuilder(end - start);
        builder.Append(text, start, at - start);
        var i = at;
        while (i < end)
        {
            if (text[i] == '&' && TryDecode(text, i, end, out var value, out var length))
            {
                builder.Append(value);
                i += length;
            }
            else
            {
                builder.Append(text[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    // &#39; &#x2019; &#X2019 (the semicolon is optional, as in browsers).
    private static bool TryDecodeNumber(string text, int start, int end, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        var i = start + 2;
        var isHex = i < end && text[i] is 'x' or 'X';
        if (isHex)
        {
            i++;
        }

        var digitsStart = i;
        var codePoint = 0;
        while (i < end && (isHex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            // Past the last code point the value no longer matters, only where the digits end.
            codePoint = Math.Min(codePoint * (isHex ? 16 : 10) + HexValue(text[i]), 0x110000);
            i++;
        }

        if (i == digitsStart)
        {
            return false;
        }

        if (i < end && text[i] == ';')
        {
            i++;
        }

        value = FromCodePoint(codePoint);
        length = i - start;
        return true;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string FromCodePoint(int codePoint)
    {
        if (codePoint is >= 0x80 and <= 0x9F && Windows1252[codePoint - 0x80] != '\0')
        {
            return Windows1252[codePoint - 0x80].ToString();
        }

        // NUL, surrogates and what lies past Unicode are the replacement character, as in a browser.
        return codePoint is 0 or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF ? "\uFFFD" : char.ConvertFromUtf32(codePoint);
    }
}
