namespace ReplyLint.Text;

/// <summary>A position as a person reads it in an editor: 1-based line and 1-based column.</summary>
/// <remarks>Columns count UTF-16 code units, as SARIF's <c>utf16CodeUnits</c> column kind and VS Code do;
/// a tab is one column.</remarks>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line},{Column}";
}

/// <summary>The start and end of a span as lines and columns. <see cref="End"/> is one past the last
/// character, as SARIF's <c>endColumn</c> is.</summary>
/// <param name="Start">The position of the first character.</param>
/// <param name="End">The position one past the last character.</param>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Start.Line},{Start.Column},{End.Line},{End.Column}";
}
