using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReplyLint.Diagnostics;

namespace ReplyLint.Cli.Formatters;

/// <summary>GitLab's Code Quality report (the part of the Code Climate issue format GitLab reads): a JSON array with
/// one object a finding, which GitLab shows in the merge request. Described in <c>docs/gitlab.md</c>.</summary>
internal sealed class GitLabCodeQualityFormatter : IReportFormatter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var diagnostic in report.Result.Diagnostics)
            {
                var path = ProjectPaths.FromProjectRoot(report, diagnostic.Location.Path);
                var lines = diagnostic.Location.LineSpan;
                json.WriteStartObject();

                // GitLab's widget shows the description alone, so it names the rule a reader looks up or suppresses.
                json.WriteString("description", $"{diagnostic.Id}: {diagnostic.Message}");
                json.WriteString("check_name", diagnostic.Id);
                json.WriteString("fingerprint", Fingerprint(path, report.Fingerprints[diagnostic].Stable));
                json.WriteString("severity", Severity(diagnostic.Severity));
                json.WriteStartObject("location");
                json.WriteString("path", path);
                json.WriteStartObject("lines");
                json.WriteNumber("begin", lines.Start.Line);
                json.WriteNumber("end", lines.End.Line);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    /// <summary>GitLab's severity: error is <c>major</c>, warning <c>minor</c>, suggestion <c>info</c>.</summary>
    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "major",
        DiagnosticSeverity.Warning => "minor",
        _ => "info",
    };

    /// <summary>GitLab tells findings apart, and matches them between the source and target branch, by fingerprint
    /// alone. The stable fingerprint is unique within a file and survives unrelated edits; the path makes it unique
    /// in the report.</summary>
    public static string Fingerprint(string path, string stable)
    {
        var input = Encoding.UTF8.GetBytes($"{path}\n{stable}");
        return Convert.ToHexStringLower(SHA256.HashData(input).AsSpan(0, 16));
    }
}
