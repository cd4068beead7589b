using System.CommandLine;

namespace ReplyLint.Cli.Commands;

/// <summary><c>replylint explain RLnnnn</c>: prints a rule's docs page.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        Argument<string> rule = new("rule")
        {
            Description = "A rule ID such as RL1004, or its name such as robotic-wording.",
        };
        var command = new Command("explain", "Print a rule's documentation: what it flags, why, examples, options.") { rule };
        command.SetAction(parseResult =>
        {
            var requested = parseResult.GetValue(rule) ?? string.Empty;
            var descriptor = RuleCatalog.Find(requested.Trim());
            if (descriptor is null)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"replylint: error: no rule is called '{requested}'; 'replylint rules' lists them all");
                return ExitCodes.UsageOrIoError;
            }

            var page = RuleCatalog.DocsPage(descriptor.Id);
            var output = parseResult.InvocationConfiguration.Output;
            if (page is null)
            {
                output.Write($"{descriptor.Id}: {descriptor.Name}\n\n{descriptor.Title}.\n\n{descriptor.Description}\n");
                return ExitCodes.Clean;
            }

            output.Write(page.ReplaceLineEndings("\n"));
            return ExitCodes.Clean;
        });
        return command;
    }
}
