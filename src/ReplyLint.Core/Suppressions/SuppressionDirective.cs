using System.Collections.Immutable;
using ReplyLint.Text;

namespace ReplyLint.Suppressions;

/// <summary>What a suppression directive does.</summary>
internal enum DirectiveKind
{
    /// <summary><c>replylint-disable</c>: off from here to the matching enable, or to the end of the file.</summary>
    Disable,

    /// <summary><c>replylint-enable</c>: back on from here.</summary>
    Enable,

    /// <summary><c>replylint-disable-next-line</c>: off for findings that start on the next line with text.</summary>
    DisableNextLine,

    /// <summary><c>replylint-disable-line</c>: off for findings that start on the comment's own line.</summary>
    DisableLine,

    /// <summary><c>replylint: { disable: [...] }</c> in the front matter: off in the whole file.</summary>
    FrontMatter,
}

/// <summary>A rule named by a directive.</summary>
/// <param name="Written">The ID or name as the template writes it.</param>
/// <param name="Id">The ID of the rule it names, or null when no rule of the run is called so.</param>
internal sealed record RuleReference(string Written, string? Id);

/// <summary>A suppression directive of a template: a disable or enable comment, or the front matter's list.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Span">Where it is: the whole comment, or the front matter's <c>disable</c> value.</param>
/// <param name="Keyword">The directive word as written (<c>replylint-disable-next-line</c>), for messages.</param>
/// <param name="Rules">The rules it names; empty when it names none, which means every rule.</param>
/// <param name="Justification">The reason written after <c>--</c>, white space made single spaces; null when none.</param>
/// <param name="Lines">The 1-based lines whose findings it hides (line directives only): for
/// <see cref="DirectiveKind.DisableNextLine"/> the next line with text (empty when there is none), for
/// <see cref="DirectiveKind.DisableLine"/> the line the comment starts on and the line it ends on.</param>
internal sealed record SuppressionDirective(
    DirectiveKind Kind,
    TextSpan Span,
    string Keyword,
    ImmutableArray<RuleReference> Rules,
    string? Justification,
    ImmutableArray<int> Lines)
{
    /// <summary>Whether it names no rule, and so concerns every rule.</summary>
    public bool IsForAllRules => Rules.IsEmpty;
}
