using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using ReplyLint.Analysis;
using ReplyLint.Cli.Formatters;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;

namespace ReplyLint.Cli.Commands;

/// <summary><c>replylint [lint] &lt;paths&gt;...</c>: lints templates and reports the findings.</summary>
internal static class LintCommand
{
    /// <summary>The command; <paramref name="openStandardInput"/> gives what <c>--stdin</c> reads (the console's by default).</summary>
    public static Command Create(Func<Stream>? openStandardInput = null)
    {
        Argument<string[]> paths = new("paths")
        {
            Description = "Template files, folders (their *.md, *.markdown, *.txt, *.html and *.htm files, and the help-desk exports among their *.json, *.yml and *.yaml files) or glob patterns such as 'replies/**/*.md'.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(static result =>
        {
            foreach (var token in result.Tokens)
            {
                // System.CommandLine hands an unknown option to a string[] argument; a file named "-x" is still allowed.
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });

        Option<string> format = new("--format", "-f")
        {
            Description = "The report format: " + string.Join(", ", ReportFormats.Names) + ".",
            DefaultValueFactory = static _ => ReportFormats.Default,
            HelpName = string.Join("|", ReportFormats.Names),
        };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);

        Option<string?> output = new("--output", "-o")
        {
            Description = "Write the report to FILE (atomically) instead of standard output.",
            HelpName = "FILE",
        };

        Option<int?> maxWarnings = new("--max-warnings")
        {
            Description = "Exit with code 1 when there are more than N warnings. Without it, warnings never fail the run.",
            HelpName = "N",
        };
        maxWarnings.Validators.Add(static result =>
        {
            if (result.GetValueOrDefault<int?>() < 0)
            {
                result.AddError("--max-warnings must be 0 or more.");
            }
        });

        Option<int?> jobs = new("--jobs", "-j")
        {
            Description = "How many files to analyze at once. Default: the number of processors.",
            HelpName = "N",
        };
        jobs.Validators.Add(static result =>
        {
            if (result.GetValueOrDefault<int?>() < 1)
            {
                result.AddError("--jobs must be 1 or more.");
            }
        });

        Option<long?> maxFileSize = new("--max-file-size")
        {
            Description = "Skip (and report as RL0002) files larger than SIZE: bytes, or a number with KB or MB. Default: 10MB.",
            HelpName = "SIZE",
            CustomParser = static result => ParseSize(result),
        };

        Option<bool> noColor = new("--no-color")
        {
            Description = "Never colour the output (colour is used only on a terminal, and never when NO_COLOR is set).",
        };

        Option<bool> allowUnmatched = new("--no-error-on-unmatched-pattern")
        {
            Description = "Do not fail when a path, folder or pattern matches no template.",
        };

        Option<bool> includeSuppressed = new("--include-suppressed")
        {
            Description = "SARIF only: also report the findings a suppression hides, each marked with its suppression and justification.",
        };

        Option<bool> sarifTimestamps = new("--sarif-timestamps")
        {
            Description = "SARIF only: record when the run started and ended. Left out by default, so the same templates give the same file.",
        };

        Option<string?> baseline = new("--baseline")
        {
            Description = "Report only the findings that the baseline FILE does not list (its paths are relative to its folder).",
            HelpName = "FILE",
        };

        Option<bool> updateBaseline = new("--update-baseline")
        {
            Description = "Write every current finding to the --baseline FILE, so that none of them fails the run.",
        };

        Option<string?> config = new("--config")
        {
            Description = "Use this configuration file for every template instead of looking for the nearest .replylint.yaml.",
            HelpName = "FILE",
        };

        Option<string[]> packs = new("--pack")
        {
            Description = "Add the rules of the phrase pack FILE (YAML; see docs/packs.md). Repeat it for more packs.",
            HelpName = "FILE",
        };

        Option<string[]> plugins = new("--plugin")
        {
            Description = "Load the analyzers of the plugin assembly FILE (see docs/plugins.md). A plugin runs its code with your permissions. Repeat it for more plugins.",
            HelpName = "FILE",
        };

        Option<bool> noPlugins = new("--no-plugins")
        {
            Description = "Load no plugin, whether from --plugin or configuration (for CI on untrusted pull requests).",
        };

        Option<bool> fix = new("--fix")
        {
            Description = "Apply every safe fix to the templates (atomically, keeping their encoding and line endings), then report what is left.",
        };

        Option<bool> fixDryRun = new("--fix-dry-run")
        {
            Description = "Print the changes --fix would make as a unified diff, and change nothing. Exits 1 when there is something to fix.",
        };

        Option<bool> stdin = new("--stdin")
        {
            Description = "Lint standard input instead of files (for editors). With --fix, print only the fixed text.",
        };

        Option<string?> stdinFilename = new("--stdin-filename")
        {
            Description = "The file name standard input is linted as: its format and configuration, and the path reported. Default: stdin.md.",
            HelpName = "NAME",
        };

        Option<bool> includeInactive = new("--include-inactive")
        {
            Description = "Also lint the templates an export marks inactive (a Zendesk macro with active: false); see docs/exports.md.",
        };

        var command = new Command("lint", "Lint templates (the default command: 'replylint PATHS' is 'replylint lint PATHS').")
        {
            paths, format, output, maxWarnings, jobs, maxFileSize, noColor, allowUnmatched, includeSuppressed, sarifTimestamps, baseline, updateBaseline, config, packs, plugins, noPlugins,
            fix, fixDryRun, stdin, stdinFilename, includeInactive,
        };
        command.Validators.Add(result => ValidateFixAndStdin(result, paths, format, updateBaseline, fix, fixDryRun, stdin, stdinFilename));
        command.Validators.Add(result =>
        {
            // Read from the tokens: a value that failed to parse has its own error, and GetValue would throw on it.
            var given = result.GetResult(baseline);
            if (given is { Tokens: [{ Value.Length: 0 }] })
            {
                result.AddError("--baseline takes a file name, not an empty string.");
            }
            else if (given is { Tokens: [{ Value: var value }] } && value.StartsWith("--", StringComparison.Ordinal) && !File.Exists(value))
            {
                result.AddError($"--baseline takes a file name, not the option '{value}'.");
            }
            else if (given is null && result.GetResult(updateBaseline) is { } update && update.Tokens is not [{ Value: "false" }])
            {
                result.AddError("--update-baseline needs --baseline FILE, the file to write.");
            }
        });

        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            parseResult,
            new Settings(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(format) ?? ReportFormats.Default,
                parseResult.GetValue(output),
                parseResult.GetValue(maxWarnings) ?? -1,
                parseResult.GetValue(jobs) ?? Environment.ProcessorCount,
                parseResult.GetValue(maxFileSize) ?? FileReader.DefaultMaxBytes,
                parseResult.GetValue(noColor),
                parseResult.GetValue(allowUnmatched),
                parseResult.GetValue(includeSuppressed),
                parseResult.GetValue(sarifTimestamps),
                parseResult.GetValue(baseline),
                parseResult.GetValue(updateBaseline))
            {
                Config = parseResult.GetValue(config),
                Packs = parseResult.GetValue(packs) ?? [],
                Plugins = parseResult.GetValue(plugins) ?? [],
                NoPlugins = parseResult.GetValue(noPlugins),
                Fix = parseResult.GetValue(fix),
                FixDryRun = parseResult.GetValue(fixDryRun),
                Stdin = parseResult.GetValue(stdin),
                StdinFilename = parseResult.GetValue(stdinFilename) ?? LintStdin.DefaultFileName,
                OpenStandardInput = openStandardInput ?? Console.OpenStandardInput,
                IncludeInactive = parseResult.GetValue(includeInactive),
            },
            cancellationToken)));
        return command;
    }

    private sealed record Settings(string[] Paths, string Format, string? Output, int MaxWarnings, int Jobs, long MaxFileBytes, bool NoColor, bool AllowUnmatched, bool IncludeSuppressed, bool SarifTimestamps, string? Baseline, bool UpdateBaseline)
    {
        public string? Config { get; init; }

        public string[] Packs { get; init; } = [];

        public string[] Plugins { get; init; } = [];

        public bool NoPlugins { get; init; }

        public bool IncludeInactive { get; init; }

        public bool Fix { get; init; }

        public bool FixDryRun { get; init; }

        public bool Stdin { get; init; }

        public string StdinFilename { get; init; } = LintStdin.DefaultFileName;

        public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;
    }

    // Read from the tokens, as the baseline validator does: a value that failed to parse has its own error.
    private static void ValidateFixAndStdin(
        CommandResult result,
        Argument<string[]> paths,
        Option<string> format,
        Option<bool> updateBaseline,
        Option<bool> fix,
        Option<bool> fixDryRun,
        Option<bool> stdin,
        Option<string?> stdinFilename)
    {
        static bool IsOn(OptionResult? option) => option is not null && option.Tokens is not [{ Value: "false" }];
        var readsStdin = IsOn(result.GetResult(stdin));
        var hasPaths = result.GetResult(paths) is { Tokens.Count: > 0 };
        if (IsOn(result.GetResult(fix)) && IsOn(result.GetResult(fixDryRun)))
        {
            result.AddError("--fix and --fix-dry-run cannot be used together; --fix-dry-run shows what --fix would do.");
        }

        if (IsOn(result.GetResult(fixDryRun)) && result.GetResult(format) is { Implicit: false, Tokens: [{ Value: not "text" }] })
        {
            result.AddError("--fix-dry-run prints a diff; it takes no --format.");
        }

        if (IsOn(result.GetResult(fixDryRun)) && IsOn(result.GetResult(updateBaseline)))
        {
            result.AddError("--fix-dry-run changes nothing, so it cannot --update-baseline.");
        }

        if (readsStdin && hasPaths)
        {
            result.AddError("--stdin lints standard input; give no paths with it (name it with --stdin-filename).");
        }
        else if (!readsStdin && !hasPaths)
        {
            result.AddError("no templates given; name files, folders or glob patterns, or use --stdin.");
        }

        if (!readsStdin && result.GetResult(stdinFilename) is not null)
        {
            result.AddError("--stdin-filename names standard input; use it with --stdin.");
        }
    }

    private static int Run(ParseResult parseResult, Settings settings, CancellationToken cancellationToken)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        var started = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();

        var configs = LintConfiguration.CreateResolver(settings.Config, Directory.GetCurrentDirectory(), stderr);
        StdinTemplate? input = null;
        if (configs is not null && settings.Stdin)
        {
            input = LintStdin.Read(configs, settings.StdinFilename, settings.OpenStandardInput, settings.MaxFileBytes, Directory.GetCurrentDirectory(), stderr);
        }

        var discovery = configs is null ? null
            : settings.Stdin ? input?.Discovery
            : LintConfiguration.Discover(configs, settings.Paths, Directory.GetCurrentDirectory(), stderr);
        if (configs is null || discovery is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        var failed = false;
        var notifications = ImmutableArray.CreateBuilder<ToolNotification>();
        foreach (var problem in discovery.Problems)
        {
            var isError = !settings.AllowUnmatched || problem.StartsWith("no such file", StringComparison.Ordinal);
            stderr.WriteLine($"replylint: {(isError ? "error" : "warning")}: {problem}");
            failed |= isError;
            notifications.Add(new ToolNotification(isError ? "error" : "warning", string.Concat(problem[..1].ToUpperInvariant(), problem[1..], ".")));
        }

        // Packs and plugins come from the command line and from every configuration file the run read.
        var analyzers = AnalyzerSet.Compose(
            [.. settings.Packs, .. configs.Packs.Select(static p => p.FullPath)],
            [.. settings.Plugins, .. configs.Plugins.Select(static p => p.FullPath)],
            !settings.NoPlugins,
            Directory.GetCurrentDirectory());
        analyzers.WriteMessages(stderr);
        if (analyzers.Error is { } composeError)
        {
            stderr.WriteLine($"replylint: error: {composeError}");
            return ExitCodes.UsageOrIoError;
        }

        if (LintConfiguration.Bind(configs, analyzers.Analyzers, discovery.Files, stderr) is not { } configuration)
        {
            return ExitCodes.UsageOrIoError;
        }

        LintEngine engine;
        try
        {
            engine = new LintEngine(analyzers.Analyzers, configuration.Apply(new LintOptions { Jobs = settings.Jobs, MaxFileBytes = settings.MaxFileBytes, IncludeInactive = settings.IncludeInactive }));
        }
        // A plugin may build a phrase list in code; a bad pattern in it surfaces when the matcher is compiled.
        catch (Exception exception) when (exception is InvalidOperationException or PhraseListException)
        {
            stderr.WriteLine($"replylint: error: {exception.Message}");
            return ExitCodes.UsageOrIoError;
        }

        Baseline? baseline = null;
        if (settings.Baseline is { } baselinePath && !LintBaseline.TryLoad(baselinePath, settings.UpdateBaseline, stderr, out baseline))
        {
            return ExitCodes.UsageOrIoError;
        }

        var files = discovery.Files;
        FixTotals? fixTotals = null;
        if (settings.Fix || settings.FixDryRun)
        {
            var fixes = LintFixes.Compute(engine, files, cancellationToken);
            LintFixes.WarnUnsettled(fixes, stderr);
            if (settings.FixDryRun)
            {
                return WriteDiff(fixes, settings.Output, stdout, stderr, failed);
            }

            if (input is not null)
            {
                // Standard output is the fixed text and nothing else: an editor replaces its buffer with it.
                var fixedText = fixes.Count > 0 ? fixes[0].Outcome.Text : input.Text;
                LintStdin.WriteText(stdout, fixedText);
                files = [.. files.Select(f => f with { Text = fixedText })];
                fixTotals = new FixTotals(fixes.Sum(static f => f.Outcome.FixesApplied), fixes.Count(static f => f.Outcome.IsChanged), Failed: false);
            }
            else
            {
                fixTotals = LintFixes.Write(fixes, stderr);
                failed |= fixTotals.Failed;
            }
        }

        var result = engine.Lint(files, cancellationToken);
        if (settings.Baseline is { } path)
        {
            if (LintBaseline.Apply(result, path, settings.UpdateBaseline, baseline, failed, engine.Options, stderr) is not { } compared)
            {
                return ExitCodes.UsageOrIoError;
            }

            result = compared;
        }

        var useColor = settings.Output is null && !settings.NoColor && IsColorTerminal(stdout);
        var workingDirectory = Directory.GetCurrentDirectory();
        var report = new LintReport(result, stopwatch.Elapsed, useColor)
        {
            // A rule off run-wide may be on in a folder's configuration: a rule with findings ran.
            Rules = [.. engine.Descriptors.Where(d => engine.Options.SeverityOf(d) != DiagnosticSeverity.None || result.Diagnostics.Any(x => x.Id == d.Id))],
            WorkingDirectory = workingDirectory,
            ProjectRoot = ProjectRoot.Find(workingDirectory),
            ErrorOutput = stderr,
            // SARIF notifications are sentences; stderr keeps the lower-case "replylint: warning: ..." style.
            Notifications = [.. notifications, .. configuration.Notifications.Select(static n => n.Message.Length == 0 ? n : n with { Message = char.ToUpperInvariant(n.Message[0]) + n.Message[1..] })],
            IncludeSuppressed = settings.IncludeSuppressed,
            Timestamps = settings.SarifTimestamps ? (started, DateTimeOffset.UtcNow) : null,
            FixesApplied = fixTotals is { } totals ? (totals.Fixes, totals.Files) : null,
        };
        var formatter = ReportFormats.Create(settings.Format);

        if (settings.Output is { } outputPath)
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            formatter.Write(report, text);
            try
            {
                AtomicFile.WriteAllText(outputPath, text.ToString());
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"replylint: error: could not write the report to '{outputPath}': {exception.Message.TrimEnd('.')}");
                return ExitCodes.UsageOrIoError;
            }
        }
        else if (!(settings.Stdin && settings.Fix))
        {
            formatter.Write(report, stdout);
        }

        if (failed)
        {
            return ExitCodes.UsageOrIoError;
        }

        var warnings = result.Count(DiagnosticSeverity.Warning);
        if (settings.MaxWarnings >= 0 && warnings > settings.MaxWarnings)
        {
            stderr.WriteLine($"replylint: {warnings} warnings, more than --max-warnings {settings.MaxWarnings} allows");
            return ExitCodes.Findings;
        }

        return result.Count(DiagnosticSeverity.Error) > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static int WriteDiff(List<TemplateFix> fixes, string? outputPath, TextWriter stdout, TextWriter stderr, bool failed)
    {
        FixTotals totals;
        if (outputPath is null)
        {
            totals = LintFixes.WriteDiff(fixes, stdout);
        }
        else
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            totals = LintFixes.WriteDiff(fixes, text);
            try
            {
                AtomicFile.WriteAllText(outputPath, text.ToString());
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"replylint: error: could not write the diff to '{outputPath}': {exception.Message.TrimEnd('.')}");
                return ExitCodes.UsageOrIoError;
            }
        }

        return failed ? ExitCodes.UsageOrIoError : totals.Files > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static bool IsColorTerminal(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    private static long? ParseSize(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        var multiplier = 1L;
        if (text.EndsWith("MB", StringComparison.OrdinalIgnoreCase))
        {
            multiplier = 1024 * 1024;
            text = text[..^2];
        }
        else if (text.EndsWith("KB", StringComparison.OrdinalIgnoreCase))
        {
            multiplier = 1024;
            text = text[..^2];
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > long.MaxValue / multiplier)
        {
            result.AddError($"--max-file-size takes a size such as 10MB, 512KB or 1048576, not '{(result.Tokens.Count > 0 ? result.Tokens[0].Value : "")}'.");
            return null;
        }

        return value * multiplier;
    }
}
