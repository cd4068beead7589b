using System.CommandLine;
using System.Text;
using ReplyLint.Configuration;
using ReplyLint.Diagnostics;

namespace ReplyLint.Cli.Commands;

/// <summary><c>replylint init</c>: writes a commented starter <c>.replylint.yaml</c>.</summary>
internal static class InitCommand
{
    /// <summary>Where editors find the schema (the yaml-language-server reads the first-line comment).</summary>
    public const string SchemaUrl = "https://raw.githubusercontent.com/replylint/replylint/main/docs/replylint.schema.json";

    /// <summary>The page that explains every key.</summary>
    public const string DocsUrl = "https://github.com/replylint/replylint/blob/main/docs/configuration.md";

    public static Command Create()
    {
        Option<string?> path = new("--path")
        {
            Description = "Write the file in FOLDER instead of the current folder.",
            HelpName = "FOLDER",
        };
        Option<bool> force = new("--force")
        {
            Description = "Overwrite an existing .replylint.yaml.",
        };

        var command = new Command("init", "Write a commented starter .replylint.yaml in the current folder.") { path, force };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var workingDirectory = Directory.GetCurrentDirectory();
            var folder = Path.GetFullPath(parseResult.GetValue(path) ?? ".", workingDirectory);
            var target = Path.Combine(folder, ConfigResolver.FileName);
            var display = Path.GetRelativePath(workingDirectory, target).Replace('\\', '/');
            if (!Directory.Exists(folder))
            {
                stderr.WriteLine($"replylint: error: the folder '{parseResult.GetValue(path)}' does not exist");
                return ExitCodes.UsageOrIoError;
            }

            var overwrite = parseResult.GetValue(force);
            if (Directory.Exists(target) || (File.Exists(target) && !overwrite))
            {
                stderr.WriteLine($"replylint: error: '{display}' already exists; nothing was written (use --force to overwrite it)");
                return ExitCodes.UsageOrIoError;
            }

            try
            {
                AtomicFile.WriteAllText(target, Template(), overwrite);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                var reason = File.Exists(target) && !overwrite
                    ? "it already exists (use --force to overwrite it)"
                    : exception.Message.TrimEnd('.');
                stderr.WriteLine($"replylint: error: could not write '{display}': {reason}");
                return ExitCodes.UsageOrIoError;
            }

            stdout.WriteLine($"Wrote {display}. Every key is explained at {DocsUrl}");
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>The starter file: every key explained, the ones that change behaviour commented out, and the rules listed.</summary>
    public static string Template()
    {
        var text = new StringBuilder();
        text.Append($$"""
            # yaml-language-server: $schema={{SchemaUrl}}
            #
            # ReplyLint configuration. Every key is optional; each is explained at
            # {{DocsUrl}}
            #
            # ReplyLint reads the .replylint.yaml in a template's folder and in each folder above it. The nearer file
            # wins, and the search stops at a file that says `root: true`. `replylint --config FILE` uses one file for
            # every template instead. Globs and paths in this file are relative to its folder.

            # Do not read .replylint.yaml files in the folders above this one.
            root: true

            # The files a linted folder contributes. Without it: *.md, *.markdown, *.txt, *.html and *.htm, and the
            # *.json, *.yml and *.yaml files that are help-desk exports.
            # include: ["**/*.md", "**/*.txt"]

            # Files never linted, even when named on the command line.
            # exclude: ["drafts/**"]

            # Severity of each rule, by ID or name: error, warning, suggestion, silent (runs, not shown) or none (off).
            # A rule with options takes a mapping; `replylint explain RLnnnn` describes a rule and its options.
            rules:
              # RL1004: error
              # long-sentence: { severity: warning, max-words: 25 }
              # RL4002: none

            # Settings for some files only. Each entry's rules win over the ones above, and later entries win over earlier ones.
            # overrides:
            #   - files: ["chat/**"]
            #     rules: { RL4003: { max-words: 60 } }

            # The placeholder names your help desk fills in, checked by RL3002 (unknown-placeholder).
            # "order.*" allows every name under order.
            # placeholders:
            #   known: ["customer.first_name", "agent.name", "ticket.id", "order.*"]

            # Your own wording rules, as phrase packs (YAML files), and rule plugins (.NET assemblies).
            # packs: ["style/acme.yaml"]
            # plugins: ["plugins/Acme.ReplyRules.dll"]

            # The rules: ID, name, default severity, options.

            """);
        var rules = RuleCatalog.Descriptors;
        var nameWidth = rules.Max(static d => d.Name.Length);
        foreach (var rule in rules)
        {
            var severity = rule.IsEnabledByDefault ? rule.DefaultSeverity.ToConfigName() : "none";
            var line = $"#   {rule.Id}  {rule.Name.PadRight(nameWidth)}  {severity,-10}";
            if (!rule.Options.IsEmpty)
            {
                line += "  " + string.Join(", ", rule.Options.Select(static o => o.Name));
            }

            text.Append(line.TrimEnd()).Append('\n');
        }

        return text.ToString().ReplaceLineEndings("\n");
    }
}
