using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ReplyLint.Cli.Tests.EndToEnd;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliTests
{
    // The CLI reports paths relative to the working directory, which is process-wide: these tests run one at a time.
    public const string Name = "cli";
}

internal sealed record CliOutcome(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Stdout with the run's elapsed time made stable for snapshots.</summary>
    public string StableStdout => Regex.Replace(Stdout, @"\(\d+\.\d\ds\)", "(0.00s)");
}

internal static partial class CliRunner
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Runs the CLI in-process, in <paramref name="workingDirectory"/> (the repository root by default), with
    /// <paramref name="standardInput"/> as what <c>--stdin</c> reads (nothing when null).</summary>
    public static async Task<CliOutcome> RunAsync(string[] args, string? workingDirectory = null, byte[]? standardInput = null)
    {
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(workingDirectory ?? RepositoryRoot);
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exitCode = await CliApplication.RunAsync(args, new InvocationConfiguration { Output = stdout, Error = stderr }, () => new MemoryStream(standardInput ?? []));
            return new CliOutcome(exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    /// <summary>Runs the built tool as its own process, as a user or CI would.</summary>
    public static CliOutcome RunProcess(string[] args, string? workingDirectory = null, IDictionary<string, string?>? environment = null)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "replylint.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            // A null value removes the variable, so a test run inside CI does not see CI's own settings.
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("replylint did not finish within two minutes");
        }

        return new CliOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReplyLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ReplyLint.sln was not found above the test output folder");
    }
}

/// <summary>A folder under the temp directory, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "replylint-cli-" + Guid.NewGuid().ToString("N"));

    public string Write(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
