using VixShield.Live.Reports.Comparison;
using VixShield.Live.Reports.Writers;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Writers;

public sealed class ComparisonReportFilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("vixshield-report-files-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Write_Report_FiveFilesUtf8WithoutByteOrderMarkAndUnixLineEnds()
    {
        var report = ComparisonReport.Create(Series("hold_to_expiry", 45m, -300m, 45m), Method());

        var sut = ComparisonReportFiles.Write(report, Path.Combine(folder, "out"));

        Assert.Equal(["summary.csv", "daily.csv", "report.html", "equity.svg", "drawdown.svg"], sut.Select(Path.GetFileName));
        foreach (var path in sut)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }

    [Fact]
    public void Write_SameReportTwice_ByteIdenticalFiles()
    {
        var report = ComparisonReport.Create(Series("hold_to_expiry", 45m, -300m, 45m, 12.345m), Method());

        var first = ComparisonReportFiles.Write(report, Path.Combine(folder, "a"));
        var second = ComparisonReportFiles.Write(report, Path.Combine(folder, "b"));

        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(File.ReadAllBytes(first[i]), File.ReadAllBytes(second[i]));
        }
    }
}
