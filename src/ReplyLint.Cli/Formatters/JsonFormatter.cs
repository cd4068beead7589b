using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReplyLint.Diagnostics;
using ReplyLint.Text;

namespace ReplyLint.Cli.Formatters;

/// <summary>ReplyLint's own JSON report, a public contract described in <c>docs/json-format.md</c> and
/// <c>docs/replylint-report.schema.json</c>: a version, the tool, the totals, the files and every finding with its
/// fix.</summary>
/// <remarks>Written with <see cref="Utf8JsonWriter"/>, never reflection, so the native build needs no metadata. The
/// output holds no time and no absolute path, so the same input gives the same bytes on every machine.</remarks>
internal sealed class JsonFormatter : IReportFormatter
{
    /// <summary>The schema version. Additive changes (a new optional field) keep it; anything that could break a
    /// reader of version 1 (a removed or renamed field, a changed meaning or type) raises it.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // Messages quote the text found in single quotes and may hold any script; the relaxed encoder keeps them
        // readable and still escapes quotes, backslashes and control characters. The report is never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The tool's version as users see it (<c>replylint --version</c>), without a <c>+commit</c> suffix.</summary>
    public static string ToolVersion { get; } = ReadToolVersion();

    public void Write(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var result = report.Result;
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);

            json.WriteStartObject("tool");
            json.WriteString("name", "replylint");
            json.WriteString("version", ToolVersion);
            json.WriteEndObject();

            json.WriteStartObject("summary");
            json.WriteNumber("files", result.Files.Length);
            json.WriteNumber("errors", result.Count(DiagnosticSeverity.Error));
            json.WriteNumber("warnings", result.Count(DiagnosticSeverity.Warning));
            json.WriteNumber("suggestions", result.Count(DiagnosticSeverity.Suggestion));
            if (report.FixesApplied is var (fixes, fixedFiles))
            {
                json.WriteStartObject("fixes");
                json.WriteNumber("applied", fixes);
                json.WriteNumber("files", fixedFiles);
                json.WriteEndObject();
            }

            json.WriteEndObject();

            json.WriteStartArray("files");
            foreach (var file in result.Files)
            {
                json.WriteStringValue(file.DisplayPath);
            }

            json.WriteEndArray();

            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                WriteDiagnostic(json, report, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, LintReport report, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("path", location.Path);
        WritePosition(json, location.LineSpan, location.Span);
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteString("ruleName", diagnostic.Descriptor.Name);
        json.WriteString("severity", diagnostic.Severity.ToConfigName());
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Descriptor.HelpUri is { } helpUri)
        {
            json.WriteString("helpUri", helpUri.ToString());
        }
        else
        {
            json.WriteNull("helpUri");
        }

        json.WriteString("fingerprint", report.Fingerprints[diagnostic].Stable);

        // Edits are given as lines and columns as well as offsets, so a reader can apply them either way; both
        // come from the text the finding was made on. A fix on a file whose text is not known cannot be placed.
        if (diagnostic.Fix is { } fix && report.Result.Sources.TryGetValue(location.Path, out var source))
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                WritePosition(json, source.GetLinePositionSpan(edit.Span), edit.Span);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("fix");
        }

        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, LinePositionSpan lines, TextSpan span)
    {
        json.WriteNumber("line", lines.Start.Line);
        json.WriteNumber("column", lines.Start.Column);
        json.WriteNumber("endLine", lines.End.Line);
        json.WriteNumber("endColumn", lines.End.Column);
        json.WriteNumber("offset", span.Start);
        json.WriteNumber("length", span.Length);
    }

    private static string ReadToolVersion()
    {
        var assembly = typeof(JsonFormatter).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
