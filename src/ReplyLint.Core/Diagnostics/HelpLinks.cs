namespace ReplyLint.Diagnostics;

/// <summary>Where the documentation of ReplyLint and of each built-in rule lives.</summary>
public static class HelpLinks
{
    /// <summary>The project's home page.</summary>
    public const string Home = "https://github.com/replylint/replylint";

    /// <summary>The docs page of a built-in rule, such as <c>RL1003</c>.</summary>
    public static Uri ForRule(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new Uri($"{Home}/blob/main/rules/docs/{id}.md");
    }
}
