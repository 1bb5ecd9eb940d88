using System.Globalization;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>One row (or header) a reader could not use: where it is, which field, what it held and what was expected.</summary>
/// <param name="FilePath">The file as given to the reader.</param>
/// <param name="LineNumber">1-based physical line in the file.</param>
/// <param name="Field">The column (as the file names it), or <c>row</c>/<c>header</c> for whole-line problems.</param>
/// <param name="Value">The offending text, shortened when long.</param>
/// <param name="Expected">What would have been accepted, in words.</param>
public sealed record ReplayRowProblem(string FilePath, int LineNumber, string Field, string Value, string Expected)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{FilePath}, line {LineNumber}, field {Field}: '{Value}' is not valid; expected {Expected}");
}
