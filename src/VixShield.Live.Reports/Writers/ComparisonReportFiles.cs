using System.Text;
using VixShield.Live.Reports.Comparison;

namespace VixShield.Live.Reports.Writers;

/// <summary>Writes the report into a folder: <c>summary.csv</c>, <c>daily.csv</c>, <c>report.html</c>, and its two charts as
/// <c>equity.svg</c> and <c>drawdown.svg</c>.</summary>
/// <remarks>UTF-8 without a byte-order mark and <c>\n</c> line ends, so identical reports are identical bytes on every platform.</remarks>
public static class ComparisonReportFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates <paramref name="directory"/> when needed and writes the files; returns their full paths.</summary>
    public static IReadOnlyList<string> Write(ComparisonReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        (string Name, string Content)[] files =
        [
            (SummaryCsvWriter.FileName, SummaryCsvWriter.Write(report.Summary)),
            (DailyCsvWriter.FileName, DailyCsvWriter.Write(report)),
            (HtmlReportWriter.FileName, HtmlReportWriter.Write(report)),
            (ReportCharts.EquityFileName, ReportCharts.Equity(report.Summary)),
            (ReportCharts.DrawdownFileName, ReportCharts.Drawdown(report.Summary)),
        ];
        var paths = new List<string>(files.Length);
        foreach (var (name, content) in files)
        {
            var path = Path.GetFullPath(Path.Combine(directory, name));
            File.WriteAllText(path, content, Utf8);
            paths.Add(path);
        }

        return paths;
    }
}
