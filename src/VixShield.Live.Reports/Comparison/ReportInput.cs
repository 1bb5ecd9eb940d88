using NodaTime;

namespace VixShield.Live.Reports.Comparison;

/// <summary>One input file of a run, as the method section lists it.</summary>
/// <param name="Option">The command-line option that named it (<c>--spx</c>).</param>
/// <param name="FileName">The file name without its folder, so the report does not depend on where the data lives.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="SkippedRows">Bad rows left out (for example VIX rows dated on NYSE holidays).</param>
/// <param name="FirstDate">The first bar's date, or null for an empty file.</param>
/// <param name="LastDate">The last bar's date, or null for an empty file.</param>
public sealed record ReportInput(string Option, string FileName, int Rows, int SkippedRows, LocalDate? FirstDate, LocalDate? LastDate);
