using VixShield.Live.Reports.Metrics;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Metrics;

public class EquityCurveTests
{
    [Fact]
    public void Build_Days_AddsToCapitalAndTracksPeak()
    {
        var sut = EquityCurve.Build("hold_to_expiry", 1_000m, [(Date(2024, 1, 1), 50m), (Date(2024, 1, 2), -80m), (Date(2024, 1, 3), 40m)]);

        Assert.Equal([1_050m, 970m, 1_010m], sut.Points.Select(p => p.Equity));
        Assert.Equal([1_050m, 1_050m, 1_050m], sut.Points.Select(p => p.Peak));
        Assert.Equal([0m, 80m, 40m], sut.Points.Select(p => p.Drawdown));
        Assert.Equal(80.0 / 1_050.0, sut.Points[1].DrawdownFraction, 12);
    }

    [Fact]
    public void Build_ZeroCapital_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EquityCurve.Build("hold_to_expiry", 0m, []));
    }
}
