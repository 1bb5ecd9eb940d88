using NodaTime;
using VixShield.Live.Adapters.Replay;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Tests.Replay;

public sealed class IntraBarPathTests
{
    private static readonly Instant Start = Instant.FromUtc(2024, 1, 2, 14, 30);

    [Fact]
    public void Point_RisingBar_GoesOpenLowHighClose()
    {
        var bar = new Bar(MarketSymbol.Spx, BarPeriod.OneMinute, new LocalDate(2024, 1, 2), Start, Start + Duration.FromMinutes(1), 10m, 12m, 9m, 11m);

        var sut = Points(bar);

        Assert.Equal(
            [
                (Start, 10m),
                (Start + Duration.FromSeconds(20), 9m),
                (Start + Duration.FromSeconds(40), 12m),
                (Start + Duration.FromMinutes(1) - Duration.FromMilliseconds(1), 11m),
            ],
            sut);
    }

    [Fact]
    public void Point_FallingBar_GoesOpenHighLowClose()
    {
        var bar = new Bar(MarketSymbol.Spx, BarPeriod.OneMinute, new LocalDate(2024, 1, 2), Start, Start + Duration.FromMinutes(1), 11m, 12m, 9m, 10m);

        var sut = Points(bar);

        Assert.Equal([11m, 12m, 9m, 10m], sut.Select(point => point.Value));
    }

    [Fact]
    public void Point_BreadthBar_IsOneQuoteAtTheClose()
    {
        var end = Start + Duration.FromHours(6.5);
        var bar = new Bar(MarketSymbol.NyseDeclining, BarPeriod.Daily, new LocalDate(2024, 1, 2), Start, end, 900m, 900m, 900m, 900m);

        var sut = Points(bar);

        Assert.Equal([(end - Duration.FromMilliseconds(1), 900m)], sut);
    }

    private static List<(Instant Time, decimal Value)> Points(Bar bar)
    {
        var points = new List<(Instant, decimal)>();
        for (var i = 0; i < IntraBarPath.PointCount(bar); i++)
        {
            IntraBarPath.Point(bar, i, out var time, out var value);
            points.Add((time, value));
        }

        return points;
    }
}
