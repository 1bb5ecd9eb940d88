using VixShield.Live.Reports.Charts;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Charts;

public class SeriesDownsamplerTests
{
    [Fact]
    public void MinMaxPerColumn_LongSeries_KeepsEachColumnsExtremesInOrderAndTheEnds()
    {
        // 100 points, 10 per column; values follow a deterministic zig-zag with one deep trough.
        var points = Enumerable.Range(0, 100)
            .Select(i => new ChartPoint(Date(2020, 1, 1).PlusDays(i), i == 57 ? -500 : (i * 37 % 11) - 5))
            .ToList();

        var sut = SeriesDownsampler.MinMaxPerColumn(points, p => (p.Date.DayOfYear - 1) / 10);

        Assert.True(sut.Count <= 22);
        Assert.Equal(points[0], sut[0]);
        Assert.Equal(points[^1], sut[^1]);
        Assert.Contains(points[57], sut);
        for (var column = 0; column < 10; column++)
        {
            var inColumn = points.Skip(column * 10).Take(10).ToList();
            Assert.Contains(sut, p => p.Value == inColumn.Min(q => q.Value) && inColumn.Contains(p));
            Assert.Contains(sut, p => p.Value == inColumn.Max(q => q.Value) && inColumn.Contains(p));
        }

        Assert.Equal(sut.OrderBy(p => p.Date), sut);
    }

    [Fact]
    public void MinMaxPerColumn_OnePointPerColumn_KeepsEveryPoint()
    {
        var points = Enumerable.Range(0, 30).Select(i => new ChartPoint(Date(2020, 1, 1).PlusDays(i), i % 4)).ToList();

        var sut = SeriesDownsampler.MinMaxPerColumn(points, p => p.Date.Day);

        Assert.Equal(points, sut);
    }
}
