using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Breadth;
using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Signals;

public sealed partial class MarketSignalsTests
{
    [Fact]
    public void Snapshot_SpxAndVixPrices_SigmaAndMoveInSigmas()
    {
        var sut = new MarketSignals();

        sut.OnPrice(MarketSymbol.Spx, 5000, Times.Origin);
        Assert.Null(sut.Snapshot.Sigma);
        sut.OnPrice(MarketSymbol.Vix, 20, Times.Origin);
        var snapshot = sut.Snapshot;

        var sigma = 5000 * 0.20 / Math.Sqrt(252);
        Assert.Equal(sigma, snapshot.Sigma!.Value, 12);
        Assert.Equal(-50 / sigma, snapshot.MoveInSigmas(5050)!.Value, 12);
        Assert.Equal(Times.Origin, snapshot.LastUpdate);
    }

    [Fact]
    public void Snapshot_RealBars_EqualsStandaloneIndicatorsFedTheSameBars()
    {
        var sut = new MarketSignals();
        var rsiFiveMinute = new RelativeStrengthIndex();
        var rsiDaily = new RelativeStrengthIndex();
        var spxMacd = new MovingAverageConvergenceDivergence();
        var vixMacd = new MovingAverageConvergenceDivergence();
        var line = new AdvanceDeclineLine();
        var daily = Series.SpxDaily.Where(b => b.TradeDate.Year >= 2022).ToList();
        var vix = Series.VixDaily.Where(b => b.TradeDate.Year >= 2022 && b.TradeDate <= daily[^1].TradeDate).ToList();
        var vix3m = Series.Vix3mDaily.Where(b => b.TradeDate.Year >= 2022 && b.TradeDate <= daily[^1].TradeDate).ToList();
        var breadth = BreadthSeries.Days.Where(d => d.Date.Year >= 2022 && d.Date <= daily[^1].TradeDate).ToList();

        foreach (var bar in daily.Concat(vix).Concat(vix3m).OrderBy(b => b.End).ThenBy(b => b.Symbol))
        {
            sut.OnBar(bar);
        }

        foreach (var day in breadth)
        {
            sut.OnBar(Breadth(MarketSymbol.NyseAdvancing, day, day.Advancing));
            sut.OnBar(Breadth(MarketSymbol.NyseDeclining, day, day.Declining));
            line.Update(day.Time, day.Advancing, day.Declining);
        }

        foreach (var bar in Series.SpxFiveMinute)
        {
            sut.OnBar(bar);
            rsiFiveMinute.Update(bar);
        }

        daily.ForEach(bar => { rsiDaily.Update(bar); spxMacd.Update(bar); });
        vix.ForEach(bar => vixMacd.Update(bar));
        var snapshot = sut.Snapshot;

        Assert.Equal(rsiFiveMinute.Current, snapshot.RsiFiveMinute);
        Assert.Equal(rsiDaily.Current, snapshot.RsiDaily);
        Assert.Equal(spxMacd.Current, snapshot.MacdDaily);
        Assert.Equal(spxMacd.Signal, snapshot.MacdSignalDaily);
        Assert.Equal(spxMacd.Histogram, snapshot.MacdHistogramDaily);
        Assert.Equal(vixMacd.Histogram, snapshot.VixMacdHistogram);
        Assert.Equal(line.Current, snapshot.AdvanceDeclineLine);
        Assert.Equal((double)vix[^1].Close / (double)vix3m[^1].Close, snapshot.TermStructureRatio);
        Assert.NotNull(snapshot.RsiFiveMinute);
        Assert.Equal(0, sut.RejectedInputs);
    }

    [Fact]
    public void WarmUpReport_FortyDailyBars_CountsSamplesPerIndicator()
    {
        var sut = new MarketSignals();
        foreach (var bar in Series.SpxDaily.Take(40))
        {
            sut.OnBar(bar);
        }

        var report = sut.WarmUpReport();

        var rsi = Assert.Single(report, entry => entry.Name == "SPX 1d RSI(14)");
        Assert.Equal(new IndicatorWarmUp("SPX 1d RSI(14)", 40, 15, true), rsi);
        var bearish = Assert.Single(report, entry => entry.Name.StartsWith("SPX 1d MACD BEARISH", StringComparison.Ordinal));
        Assert.Equal((40L, 54, false), (bearish.Samples, bearish.WarmUpPeriod, bearish.IsReady));
        Assert.Equal(0, Assert.Single(report, entry => entry.Name == "SPX 5m RSI(14)").Samples);
        Assert.Equal(9, report.Count);
    }

    private static Bar Breadth(MarketSymbol symbol, BreadthDay day, double count) =>
        new(symbol, BarPeriod.Daily, day.Date, day.Time - NodaTime.Duration.FromMinutes(390), day.Time, (decimal)count, (decimal)count, (decimal)count, (decimal)count);
}
