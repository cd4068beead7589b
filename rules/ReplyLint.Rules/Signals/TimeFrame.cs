using System.Collections.Frozen;
using ReplyLint.Syntax;

namespace ReplyLint.Rules.Signals;

/// <summary>A concrete time frame in a sentence: "within 2 business days", "in the next 24 hours", "next week",
/// "every 30 minutes", "on May 12", "by Friday", "by {{refund.date}}", "by [Date]", "tomorrow", "at 3 pm", "15:00". RL2002 counts one as a next step;
/// RL2004 leaves a vague word alone when the same sentence also gives one ("soon, and by Friday at the latest").</summary>
/// <remarks>Small closed sets of words, so they live here rather than in a phrase list: time frames are shapes
/// (a quantity, then a unit) more than phrases.</remarks>
internal static class TimeFrame
{
    private static readonly FrozenSet<string> TimeUnits = FrozenSet.Create(
        StringComparer.Ordinal,
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "business", "working", "month", "months");

    private static readonly FrozenSet<string> Quantities = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "ten", "few", "couple", "next", "24", "48", "72",
        "about", "around", "roughly", "approximately", "under", "up", "to");

    private static readonly FrozenSet<string> DayWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "noon", "midday", "eod");

    // A month next to a number is a date: "on May 12", "12 March". "May" alone is also a verb, hence the number.
    private static readonly FrozenSet<string> Months = FrozenSet.Create(
        StringComparer.Ordinal,
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static readonly FrozenSet<string> ClockWords = FrozenSet.Create(StringComparer.Ordinal, "am", "pm", "utc", "gmt", "cet", "est", "pst");

    /// <summary>Whether <paramref name="sentence"/> gives a concrete time frame.</summary>
    public static bool IsIn(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Normalized;
            if (tokens[i].Kind == WordTokenKind.Word && DayWords.Contains(word))
            {
                return true;
            }

            if (tokens[i].Kind == WordTokenKind.Number && (word.Contains(':', StringComparison.Ordinal) || (i + 1 < tokens.Length && ClockWords.Contains(tokens[i + 1].Normalized))))
            {
                return true;
            }

            if (tokens[i].Kind == WordTokenKind.Word && Months.Contains(word) && IsDayNumber(tokens, i - 1, i + 1))
            {
                return true;
            }

            // "next" is its own quantity: "next week", "next business day".
            if (word is "within" or "in" or "next" && UnitFollows(tokens, i + 1, sawQuantity: word == "next"))
            {
                return true;
            }

            // A cadence with a number is a promise of when: "every 30 minutes". "Every month" is more often a habit
            // ("charged every month since you cancelled") than a time frame.
            if (word == "every" && i + 1 < tokens.Length && tokens[i + 1].Kind == WordTokenKind.Number && UnitFollows(tokens, i + 1, sawQuantity: false))
            {
                return true;
            }

            // A "by" that is no deadline ("by the way", "charged by the bank") must not end the search. "until" and
            // "before" take the same deadlines: "access until {{plan.end_date}}", "before Friday".
            if (word is "by" or "until" or "before" && i + 1 < tokens.Length && IsDeadlineAfterBy(tokens, i + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDayNumber(ImmutableArray<WordToken> tokens, params ReadOnlySpan<int> positions)
    {
        foreach (var i in positions)
        {
            if (i >= 0 && i < tokens.Length && tokens[i].Kind == WordTokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    // "by Friday" is handled by DayWords; here: "by 5 June", "by {{refund.date}}", "by end of day", "by the end of the week".
    private static bool IsDeadlineAfterBy(ImmutableArray<WordToken> tokens, int next) =>
        tokens[next].Kind is WordTokenKind.Number or WordTokenKind.Placeholder
        || tokens[next].Normalized == "end"
        || (tokens[next].Normalized == "the" && (next + 1 >= tokens.Length || tokens[next + 1].Normalized is "end" or "time"));

    private static bool UnitFollows(ImmutableArray<WordToken> tokens, int from, bool sawQuantity)
    {
        for (var i = from; i < tokens.Length && i < from + 5; i++)
        {
            var token = tokens[i];
            if (token.Kind == WordTokenKind.Number || Quantities.Contains(token.Normalized) || token.Normalized == "the")
            {
                sawQuantity = true;
            }
            else if (sawQuantity && token.Normalized == "of")
            {
                continue; // "in a couple of days"
            }
            else if (TimeUnits.Contains(token.Normalized))
            {
                return sawQuantity;
            }
            else
            {
                return false;
            }
        }

        return false;
    }
}
