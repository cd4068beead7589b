namespace ReplyLint.Cli;

/// <summary>The process exit codes, a contract with CI scripts.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at the failing level.</summary>
    public const int Clean = 0;

    /// <summary>Findings at error level, or more warnings than <c>--max-warnings</c>.</summary>
    public const int Findings = 1;

    /// <summary>A usage, configuration or I/O error: one line on stderr.</summary>
    public const int UsageOrIoError = 2;
}
