using VixShield.Live.Reports.Comparison;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Comparison;

public class ComparisonReportTests
{
    [Fact]
    public void WorstDays_RankedByUnhedgedLossThenDate()
    {
        var days = new List<ComparisonDay>
        {
            Day(Date(2024, 1, 1), ("stop_1x", -900m), ("hold_to_expiry", -100m)),
            Day(Date(2024, 1, 2), ("stop_1x", 0m), ("hold_to_expiry", -300m)),
            Day(Date(2024, 1, 3), ("stop_1x", 0m), ("hold_to_expiry", 50m)),
            Day(Date(2024, 1, 4), ("stop_1x", 0m), ("hold_to_expiry", -300m)),
        };
        var sut = ComparisonReport.Create(days, Method());

        var worst = sut.WorstDays(3);

        Assert.Equal("hold_to_expiry", sut.ReferenceArm!.Key);
        Assert.Equal([Date(2024, 1, 2), Date(2024, 1, 4), Date(2024, 1, 1)], worst.Select(d => d.Expiry));
    }
}
