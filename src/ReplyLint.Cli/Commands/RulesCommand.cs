using System.CommandLine;
using System.Text.Json;
using ReplyLint.Diagnostics;

namespace ReplyLint.Cli.Commands;

/// <summary><c>replylint rules</c>: lists the rule catalog.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        Option<string> format = new("--format", "-f")
        {
            Description = "How to print the catalog.",
            DefaultValueFactory = static _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");

        var command = new Command("rules", "List every rule: ID, name, category, default severity, title and docs page.") { format };
        command.SetAction(parseResult =>
        {
            var writer = parseResult.InvocationConfiguration.Output;
            switch (parseResult.GetValue(format))
            {
                case "markdown":
                    WriteMarkdown(writer);
                    break;
                case "json":
                    WriteJson(writer);
                    break;
                default:
                    WriteText(writer);
                    break;
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static void WriteText(TextWriter writer)
    {
        var nameWidth = RuleCatalog.Descriptors.Max(static d => d.Name.Length);
        var categoryWidth = RuleCatalog.Descriptors.Max(static d => d.Category.Length);
        var titleWidth = RuleCatalog.Descriptors.Max(static d => d.Title.Length);
        foreach (var d in RuleCatalog.Descriptors)
        {
            writer.Write($"{d.Id}  {d.Name.PadRight(nameWidth)}  {d.Category.PadRight(categoryWidth)}  {Severity(d),-10}  {d.Title.PadRight(titleWidth)}  {d.HelpUri}\n");
        }
    }

    private static void WriteMarkdown(TextWriter writer)
    {
        writer.Write("| ID | Name | Category | Default severity | Title |\n|---|---|---|---|---|\n");
        foreach (var d in RuleCatalog.Descriptors)
        {
            writer.Write($"| [{d.Id}]({d.HelpUri}) | {d.Name} | {d.Category} | {Severity(d)} | {d.Title} |\n");
        }
    }

    private static void WriteJson(TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var d in RuleCatalog.Descriptors)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("name", d.Name);
                json.WriteString("category", d.Category);
                json.WriteString("defaultSeverity", Severity(d));
                json.WriteString("title", d.Title);
                json.WriteString("description", d.Description);
                json.WriteString("helpUri", d.HelpUri?.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static string Severity(DiagnosticDescriptor descriptor) =>
        descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToConfigName() : "none";
}
