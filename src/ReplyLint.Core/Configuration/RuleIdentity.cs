using System.Text.RegularExpressions;

namespace ReplyLint.Configuration;

/// <summary>What a rule of a phrase pack or a plugin may be called. Built-in IDs (<c>RLnnnn</c>) follow their own,
/// stricter convention; third-party IDs need only be readable in a report and by problem matchers, and never
/// take the built-ins' prefix, so a later built-in rule cannot collide with them.</summary>
internal static partial class RuleIdentity
{
    /// <summary>The prefix of every built-in rule ID.</summary>
    public const string ReservedPrefix = "RL";

    /// <summary>The shape of an ID, for "expected ..." halves of messages.</summary>
    public const string IdShape = "capital letters and digits, starting with a letter and ending in three digits, at most 16 characters, such as 'ACME001'";

    /// <summary>The shape of a name, for "expected ..." halves of messages.</summary>
    public const string NameShape = "a kebab-case name: lower-case letters and digits in words joined by '-', such as 'internal-jargon'";

    /// <summary>Whether <paramref name="id"/> has the shape of a rule ID (the reserved prefix is checked apart).</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>Whether <paramref name="name"/> is kebab-case.</summary>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>Whether <paramref name="id"/> takes the built-in rules' prefix.</summary>
    public static bool IsReserved(string id) => id.StartsWith(ReservedPrefix, StringComparison.OrdinalIgnoreCase);

    // The problem matchers read a code as [A-Z][A-Z0-9]+; the three final digits keep IDs sortable like RLnnnn.
    [GeneratedRegex("^[A-Z][A-Z0-9]{0,12}[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
