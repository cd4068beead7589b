using System.Globalization;

namespace ReplyLint.Analysis;

/// <summary>What kind of value a rule option takes.</summary>
public enum OptionType
{
    /// <summary>Any text.</summary>
    Text,

    /// <summary>A whole number, at least <see cref="OptionDescriptor.Minimum"/>.</summary>
    WholeNumber,

    /// <summary>A share: a fraction from 0 (excluded) to 1 (<c>0.8</c>), or a percentage (<c>80%</c> or <c>80</c>).</summary>
    Fraction,

    /// <summary>A list of names: a YAML list, or one string of names separated by commas. The rule receives them as
    /// one string, separated by commas.</summary>
    NameList,
}

/// <summary>One option a rule reads from <see cref="AnalyzerOptions"/>, such as RL4001's <c>max-words</c>. Declared on
/// <see cref="Diagnostics.DiagnosticDescriptor.Options"/>, so configuration can check names and values before the run,
/// the same way for built-in rules and plugins.</summary>
public sealed record OptionDescriptor
{
    /// <summary>Creates an option.</summary>
    /// <param name="name">The kebab-case key, such as <c>max-words</c>.</param>
    /// <param name="type">The kind of value it takes.</param>
    /// <param name="description">One sentence: what it sets.</param>
    public OptionDescriptor(string name, OptionType type, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The key, such as <c>max-words</c>.</summary>
    public string Name { get; }

    /// <summary>The kind of value it takes.</summary>
    public OptionType Type { get; }

    /// <summary>One sentence: what it sets.</summary>
    public string Description { get; }

    /// <summary>The least value of a <see cref="OptionType.WholeNumber"/> option; 1 unless set.</summary>
    public int Minimum { get; init; } = 1;

    /// <summary>A text option.</summary>
    public static OptionDescriptor Text(string name, string description) => new(name, OptionType.Text, description);

    /// <summary>A whole-number option of at least <paramref name="minimum"/>.</summary>
    public static OptionDescriptor WholeNumber(string name, string description, int minimum = 1) =>
        new(name, OptionType.WholeNumber, description) { Minimum = minimum };

    /// <summary>A fraction or percentage option.</summary>
    public static OptionDescriptor Fraction(string name, string description) => new(name, OptionType.Fraction, description);

    /// <summary>A list-of-names option.</summary>
    public static OptionDescriptor NameList(string name, string description) => new(name, OptionType.NameList, description);

    /// <summary>What a valid value looks like, for messages: <c>a whole number of 1 or more</c>.</summary>
    public string Expected => Type switch
    {
        OptionType.WholeNumber => string.Create(CultureInfo.InvariantCulture, $"a whole number of {Minimum} or more"),
        OptionType.Fraction => "a fraction above 0 and at most 1 (0.8) or a percentage above 1% (80%)",
        OptionType.NameList => "a list of names, or one string of names separated by commas",
        _ => "a string",
    };

    /// <summary>Whether <paramref name="value"/> (the option's text, lists already joined) is valid for this option.</summary>
    public bool IsValid(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (Type)
        {
            case OptionType.WholeNumber:
                return int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= Minimum;
            case OptionType.Fraction:
                var text = value.Trim();
                var percent = text.EndsWith('%');
                if (!double.TryParse(percent ? text[..^1].TrimEnd() : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share))
                {
                    return false;
                }

                // Rules read a number above 1 as a percentage (80 is 80%) and one up to 1 as a fraction, so "1%" would
                // be read as 100%: a value written with '%' must be above 1.
                return percent ? share is > 1 and <= 100 : share is > 0 and <= 100;
            default:
                return true;
        }
    }
}
