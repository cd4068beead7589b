using System.CommandLine;
using ReplyLint.Cli.Commands;

namespace ReplyLint.Cli;

/// <summary>Builds the command tree and runs it, mapping outcomes to ReplyLint's exit codes.</summary>
internal static class CliApplication
{
    private static readonly HashSet<string> FirstTokensThatAreNotPaths = new(StringComparer.Ordinal)
    {
        "lint", "rules", "explain", "init", "-h", "--help", "-?", "/?", "/h", "--version",
    };

    public static RootCommand Build(Func<Stream>? openStandardInput = null)
    {
        var root = new RootCommand("Lints customer-support reply templates for wording that makes an upset customer angrier. 'replylint <paths>...' lints; 'replylint lint --help' lists its options.")
        {
            HelpName = "replylint",
        };
        root.Subcommands.Add(LintCommand.Create(openStandardInput));
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args, InvocationConfiguration configuration, CancellationToken cancellationToken = default) =>
        RunAsync(args, configuration, null, cancellationToken);

    /// <summary>Runs the command line; <paramref name="openStandardInput"/> gives what <c>--stdin</c> reads (the
    /// console's standard input when null).</summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration configuration, Func<Stream>? openStandardInput, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);

        // `replylint a.md` means `replylint lint a.md`: lint is the default command.
        if (args.Length > 0 && !FirstTokensThatAreNotPaths.Contains(args[0]))
        {
            args = ["lint", .. args];
        }

        if (args.Length == 0)
        {
            await configuration.Error.WriteLineAsync("replylint: error: no templates given; run 'replylint <paths>...', or 'replylint --help' for the options.").ConfigureAwait(false);
            return ExitCodes.UsageOrIoError;
        }

        var parseResult = Build(openStandardInput).Parse(args);
        if (parseResult.Action is System.CommandLine.Invocation.ParseErrorAction)
        {
            // One clear line per problem, never the whole help text: a CI log should show what went wrong.
            foreach (var error in parseResult.Errors)
            {
                await configuration.Error.WriteLineAsync($"replylint: error: {OneLine(error.Message)} Run 'replylint --help' for usage.").ConfigureAwait(false);
            }

            return ExitCodes.UsageOrIoError;
        }

        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    private static string OneLine(string message)
    {
        var line = string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.EndsWith('.') ? line : line + ".";
    }
}
