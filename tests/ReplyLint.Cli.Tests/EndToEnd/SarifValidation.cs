using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReplyLint.Cli.Formatters;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>Checks a SARIF log the way its consumers would: against the official SARIF 2.1.0 JSON schema, then for
/// the cross-references the schema cannot express (rule and artifact indexes, message arguments, regions).</summary>
internal static partial class SarifValidation
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json"))).GetAwaiter().GetResult());

    /// <summary>Fails, listing every problem, unless <paramref name="sarif"/> is a valid SARIF 2.1.0 log with one
    /// consistent run; returns the parsed log.</summary>
    public static JsonDocument ShouldBeValidSarif(this string sarif)
    {
        ArgumentNullException.ThrowIfNull(sarif);
        var problems = new List<string>();
        foreach (var error in Schema.Value.Validate(sarif))
        {
            Describe(error, problems, string.Empty);
        }

        var document = JsonDocument.Parse(sarif);
        if (problems.Count == 0)
        {
            CheckConsistency(document.RootElement, problems);
        }

        if (problems.Count > 0)
        {
            document.Dispose();
            throw new ShouldAssertException($"The SARIF log is not valid ({problems.Count} problems):\n  " + string.Join("\n  ", problems));
        }

        return document;
    }

    private static void Describe(ValidationError error, List<string> problems, string indent)
    {
        problems.Add(string.Create(CultureInfo.InvariantCulture, $"{indent}{error.Kind} at {error.Path} (line {error.LineNumber}, position {error.LinePosition})"));
        if (error is ChildSchemaValidationError child)
        {
            foreach (var (_, errors) in child.Errors)
            {
                foreach (var inner in errors)
                {
                    Describe(inner, problems, indent + "  ");
                }
            }
        }
    }

    private static void CheckConsistency(JsonElement log, List<string> problems)
    {
        var runs = log.GetProperty("runs");
        if (runs.GetArrayLength() != 1)
        {
            problems.Add($"{runs.GetArrayLength()} runs, where ReplyLint writes exactly one");
            return;
        }

        var run = runs[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var ruleIds = rules.Select(static r => r.GetProperty("id").GetString()!).ToList();
        if (ruleIds.Distinct(StringComparer.Ordinal).Count() != ruleIds.Count)
        {
            problems.Add("rules[] holds an ID twice");
        }

        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString();
            var properties = rule.GetProperty("properties");
            if (properties.TryGetProperty("security-severity", out _))
            {
                problems.Add($"{id}: security-severity would turn findings into security alerts");
            }

            if (properties.GetProperty("tags").GetArrayLength() > 20)
            {
                problems.Add($"{id}: more than 20 tags");
            }

            foreach (var name in (string[])["name", "shortDescription", "fullDescription", "help", "defaultConfiguration"])
            {
                if (!rule.TryGetProperty(name, out _))
                {
                    problems.Add($"{id}: no {name}");
                }
            }
        }

        var artifacts = run.TryGetProperty("artifacts", out var artifactArray) ? artifactArray.EnumerateArray().ToList() : [];
        if (!run.TryGetProperty("originalUriBaseIds", out var bases) || !bases.GetProperty("%SRCROOT%").GetProperty("uri").GetString()!.EndsWith('/'))
        {
            problems.Add("%SRCROOT% is not defined as a folder URI ending with '/'");
        }

        if (run.GetProperty("columnKind").GetString() != "utf16CodeUnits")
        {
            problems.Add("columnKind is not utf16CodeUnits");
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        for (var i = 0; i < results.Count; i++)
        {
            CheckResult(results[i], $"results[{i}]", rules, ruleIds, artifacts, problems);
        }

        var invocation = run.GetProperty("invocations")[0];
        if (invocation.TryGetProperty("toolExecutionNotifications", out var notifications))
        {
            var descriptors = driver.TryGetProperty("notifications", out var list) ? list.EnumerateArray().ToList() : [];
            foreach (var notification in notifications.EnumerateArray())
            {
                CheckReference(notification, "descriptor", descriptors, problems);
                CheckReference(notification, "associatedRule", rules, problems);
                if (notification.TryGetProperty("locations", out var locations))
                {
                    CheckArtifactLocation(locations[0].GetProperty("physicalLocation").GetProperty("artifactLocation"), "a notification", artifacts, problems);
                }
            }
        }
    }

    private static void CheckReference(JsonElement notification, string name, List<JsonElement> table, List<string> problems)
    {
        if (notification.TryGetProperty(name, out var reference) && reference.TryGetProperty("index", out var index))
        {
            var at = index.GetInt32();
            if (at >= table.Count || table[at].GetProperty("id").GetString() != reference.GetProperty("id").GetString())
            {
                problems.Add($"a notification's {name} index {at} does not point at '{reference.GetProperty("id").GetString()}'");
            }
        }
    }

    private static void CheckResult(JsonElement result, string at, List<JsonElement> rules, List<string> ruleIds, List<JsonElement> artifacts, List<string> problems)
    {
        var ruleId = result.GetProperty("ruleId").GetString()!;
        var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
        if (ruleIndex >= ruleIds.Count || ruleIds[ruleIndex] != ruleId)
        {
            problems.Add($"{at}: ruleIndex {ruleIndex} does not point at {ruleId}");
            return;
        }

        var message = result.GetProperty("message");
        var text = message.GetProperty("text").GetString()!;
        if (!text.EndsWith('.'))
        {
            problems.Add($"{at}: the message does not end with a period: {text}");
        }

        if (message.TryGetProperty("id", out var messageId))
        {
            var format = rules[ruleIndex].GetProperty("messageStrings").GetProperty(messageId.GetString()!).GetProperty("text").GetString()!;
            var arguments = message.GetProperty("arguments").EnumerateArray().Select(static a => (object?)a.GetString()).ToArray();
            if (string.Format(CultureInfo.InvariantCulture, format, arguments) != text)
            {
                problems.Add($"{at}: the message string and arguments do not give the message text");
            }
        }

        var locations = result.GetProperty("locations");
        if (locations.GetArrayLength() != 1)
        {
            problems.Add($"{at}: {locations.GetArrayLength()} locations");
            return;
        }

        var physical = locations[0].GetProperty("physicalLocation");
        CheckArtifactLocation(physical.GetProperty("artifactLocation"), at, artifacts, problems);
        var region = physical.GetProperty("region");
        CheckRegion(region, at + " region", problems);
        if (physical.TryGetProperty("contextRegion", out var context))
        {
            CheckRegion(context, at + " contextRegion", problems);
            var (start, end) = (region.GetProperty("charOffset").GetInt32(), region.GetProperty("charOffset").GetInt32() + region.GetProperty("charLength").GetInt32());
            var (contextStart, contextEnd) = (context.GetProperty("charOffset").GetInt32(), context.GetProperty("charOffset").GetInt32() + context.GetProperty("charLength").GetInt32());
            if (contextStart > start || contextEnd < end || (contextStart == start && contextEnd == end))
            {
                problems.Add($"{at}: the context region is not a proper superset of the region");
            }

            var contextText = context.GetProperty("snippet").GetProperty("text").GetString()!;
            if (region.TryGetProperty("snippet", out var snippet) && contextText.Substring(start - contextStart, end - start) != snippet.GetProperty("text").GetString())
            {
                problems.Add($"{at}: the snippet is not the context's text at the region");
            }
        }

        if (result.TryGetProperty("fixes", out var fixes))
        {
            foreach (var fix in fixes.EnumerateArray())
            {
                foreach (var change in fix.GetProperty("artifactChanges").EnumerateArray())
                {
                    CheckArtifactLocation(change.GetProperty("artifactLocation"), at + " fix", artifacts, problems);
                    foreach (var replacement in change.GetProperty("replacements").EnumerateArray())
                    {
                        CheckRegion(replacement.GetProperty("deletedRegion"), at + " fix", problems);
                    }
                }
            }
        }
    }

    private static void CheckArtifactLocation(JsonElement location, string at, List<JsonElement> artifacts, List<string> problems)
    {
        var uri = location.GetProperty("uri").GetString()!;
        var hasBase = location.TryGetProperty("uriBaseId", out var baseId);
        if (!Uri.IsWellFormedUriString(uri, hasBase ? UriKind.Relative : UriKind.Absolute) || (hasBase && uri.StartsWith('/')) || uri.Contains('\\', StringComparison.Ordinal))
        {
            problems.Add($"{at}: '{uri}' is not a well-formed {(hasBase ? "relative" : "absolute")} URI");
        }

        if (!hasBase && !uri.StartsWith("file:///", StringComparison.Ordinal))
        {
            problems.Add($"{at}: '{uri}' has no uriBaseId and is not an absolute file URI");
        }

        if (location.TryGetProperty("index", out var index))
        {
            var artifact = index.GetInt32() < artifacts.Count ? artifacts[index.GetInt32()].GetProperty("location") : default;
            if (artifact.ValueKind != JsonValueKind.Object || artifact.GetProperty("uri").GetString() != uri
                || (artifact.TryGetProperty("uriBaseId", out var artifactBase) ? artifactBase.GetString() : null) != (hasBase ? baseId.GetString() : null))
            {
                problems.Add($"{at}: artifact index {index.GetInt32()} does not point at '{uri}'");
            }
        }
    }

    private static void CheckRegion(JsonElement region, string at, List<string> problems)
    {
        var startLine = region.GetProperty("startLine").GetInt32();
        var startColumn = region.GetProperty("startColumn").GetInt32();
        var endLine = region.GetProperty("endLine").GetInt32();
        var endColumn = region.GetProperty("endColumn").GetInt32();
        if (endLine < startLine || (endLine == startLine && endColumn < startColumn))
        {
            problems.Add($"{at}: the end ({endLine},{endColumn}) is before the start ({startLine},{startColumn})");
        }

        if (region.TryGetProperty("snippet", out var snippet) && region.TryGetProperty("charLength", out var length)
            && snippet.GetProperty("text").GetString()!.Length != length.GetInt32())
        {
            problems.Add($"{at}: the snippet is not charLength long");
        }
    }

    /// <summary>The report with everything that depends on the machine, the clone or the release made stable: the
    /// tool version, absolute folder URIs and the version-control block.</summary>
    public static string Scrub(string sarif, params string[] folders)
    {
        ArgumentNullException.ThrowIfNull(sarif);
        var scrubbed = ToolVersionPattern().Replace(sarif, "$1\"<version>\"$2\"<version>\"");
        scrubbed = VersionControlPattern().Replace(scrubbed, string.Empty);
        foreach (var folder in folders)
        {
            scrubbed = scrubbed.Replace(SarifUris.FileUri(folder, isFolder: true), "file:///<folder>/", StringComparison.Ordinal);
        }

        return scrubbed;
    }

    [GeneratedRegex("(\"name\": \"ReplyLint\",\\s*\"version\": )\"[^\"]*\"(,\\s*\"semanticVersion\": )\"[^\"]*\"")]
    private static partial Regex ToolVersionPattern();

    // The block's indentation closes it: six spaces in a run.
    [GeneratedRegex("\\n      \"versionControlProvenance\": \\[\\n.*?\\n      \\],", RegexOptions.Singleline)]
    private static partial Regex VersionControlPattern();

    /// <summary>Reads the file a SARIF artifact URI under <paramref name="root"/> stands for.</summary>
    public static string PathOf(string root, JsonElement artifactLocation)
    {
        var uri = artifactLocation.GetProperty("uri").GetString()!;
        var absolute = artifactLocation.TryGetProperty("uriBaseId", out _)
            ? new Uri(new Uri(SarifUris.FileUri(root, isFolder: true)), uri)
            : new Uri(uri);
        return absolute.LocalPath;
    }

    /// <summary>The UTF-8 text of a report written to a file, byte for byte.</summary>
    public static string ReadUtf8(string path) => new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
}
