using VixShield.Live.Reports.Comparison;
using VixShield.Live.Reports.Writers;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Writers;

public class DailyCsvWriterTests
{
    [Fact]
    public void Write_TwoDaysTwoArms_FourRowsWithRunningEquityAndTheCondor()
    {
        var days = new List<ComparisonDay>
        {
            new(Date(2024, 1, 2), 4700.5m, 0.45m, 0m, new CondorStrikes(4600m, 4605m, 4780m, 4785m, 4690.25m),
                [new ArmDay("hold_to_expiry", 45m, 12.5m, false, 0, 0m), new ArmDay("stop_1x", -55m, 100m, true, 0, 0m)]),
            new(Date(2024, 1, 3), 4610m, 0.50m, 0m, null,
                [new ArmDay("hold_to_expiry", -455m, 500m, false, 0, 0m), new ArmDay("stop_1x", 50m, 10m, false, 0, 0m)]),
        };

        var lines = DailyCsvWriter.Write(ComparisonReport.Create(days, Method())).Split('\n');

        Assert.Equal(DailyCsvWriter.Header, lines[0]);
        Assert.Equal("2024-01-02,hold_to_expiry,45.00,45.00,10045.00,0.00,0,12.50,false,0,0.00,4700.5,0.45,0,4600,4605,4780,4785,4690.25", lines[1]);
        Assert.Equal("2024-01-02,stop_1x,-55.00,-55.00,9945.00,55.00,0.0055,100.00,true,0,0.00,4700.5,0.45,0,4600,4605,4780,4785,4690.25", lines[2]);
        Assert.Equal("2024-01-03,hold_to_expiry,-455.00,-410.00,9590.00,455.00,0.04529617,500.00,false,0,0.00,4610,0.50,0,,,,,", lines[3]);
        Assert.Equal("2024-01-03,stop_1x,50.00,-5.00,9995.00,5.00,0.0005,10.00,false,0,0.00,4610,0.50,0,,,,,", lines[4]);
        Assert.Equal(6, lines.Length);
    }
}
