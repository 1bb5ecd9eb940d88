using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Adapters.Simulation;
using VixShield.Live.Testing;
using Xunit.Abstractions;

namespace VixShield.Live.Adapters.Tests.Simulation;

public sealed class SimulatedMarketModelTests(ITestOutputHelper output)
{
    private const int SimulatedYears = 25;
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);
    private static readonly int StepsPerSession = (int)(SimulatedMarketModel.RegularSessionLength / Step);
    private static readonly Lazy<DailyStatistics> History = new(ComputeHistory);

    /// <summary>Tolerances are two to three times the spread between seeds seen in calibration over 25-year runs (volatility
    /// ±1 point, VIX mean ±0.7, 5th percentile ±0.3, 95th ±1.5, correlation ±0.03): wide enough for sampling noise of a
    /// jumpy process, narrow enough that a broken model or a mis-set default fails.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Advance_DefaultsOverTwentyFiveYears_DailyStatisticsResembleHistory(int seed)
    {
        var history = History.Value;

        var sut = Simulate(seed, SimulatedYears);

        var simulated = DailyStatistics.From(sut.Select(day => day.Spx).ToList(), sut.Select(day => day.Vix).ToList());
        output.WriteLine($"history   {history}");
        output.WriteLine($"simulated {simulated}");
        Assert.InRange(simulated.AnnualisedVolatility, history.AnnualisedVolatility - 0.03, history.AnnualisedVolatility + 0.03);
        Assert.InRange(simulated.VixMean, history.VixMean - 2.5, history.VixMean + 2.5);
        Assert.InRange(simulated.Vix5thPercentile, history.Vix5thPercentile - 1.5, history.Vix5thPercentile + 1.5);
        Assert.InRange(simulated.Vix95thPercentile, history.Vix95thPercentile - 5.0, history.Vix95thPercentile + 5.0);
        Assert.InRange(simulated.ReturnVixChangeCorrelation, history.ReturnVixChangeCorrelation - 0.10, history.ReturnVixChangeCorrelation + 0.10);
    }

    /// <summary>History 2011-2026: VIX9D above VIX3M on 13% of days, VIX3M/VIX 1.13 on average, VIX above 45 in 2011, 2020
    /// and 2025.</summary>
    [Fact]
    public void Advance_DefaultsOverTwentyFiveYears_HasStressEpisodesWithInvertedTermStructure()
    {
        var sut = Simulate(7, SimulatedYears);

        var inverted = sut.Count(day => day.Vix9d > day.Vix3m) / (double)sut.Count;
        var slope = sut.Average(day => day.Vix3m / day.Vix);
        output.WriteLine(FormattableString.Invariant($"inverted {inverted:P1}, VIX3M/VIX {slope:F3}, max VIX {sut.Max(day => day.Vix):F1}"));
        Assert.InRange(inverted, 0.05, 0.30);
        Assert.InRange(slope, 1.05, 1.20);
        Assert.True(sut.Max(day => day.Vix) > 45.0);
        Assert.All(sut.Where(day => day.Vix9d > day.Vix3m), day => Assert.True(day.Vix9d > day.Vix && day.Vix > day.Vix3m));
    }

    /// <summary>History 1992-2023: daily SPX log return vs (advancing - declining) / (advancing + declining) correlates 0.80.</summary>
    [Fact]
    public void Advance_DefaultsOverTwentyFiveYears_BreadthCoMovesWithSpx()
    {
        var sut = Simulate(11, SimulatedYears);

        var returns = new List<double>();
        var netBreadth = new List<double>();
        for (var i = 1; i < sut.Count; i++)
        {
            returns.Add(Math.Log(sut[i].Spx / sut[i - 1].Spx));
            netBreadth.Add((sut[i].Advancing - sut[i].Declining) / (double)(sut[i].Advancing + sut[i].Declining));
        }

        var correlation = DailyStatistics.Correlation(returns, netBreadth);
        output.WriteLine(FormattableString.Invariant($"return vs net breadth {correlation:F3}"));
        Assert.InRange(correlation, 0.70, 0.90);
        Assert.All(sut, day => Assert.Equal(SimulatedMarketDefaults.TotalIssues, day.Advancing + day.Declining + day.Unchanged));
    }

    [Fact]
    public void Advance_SameSeed_GivesTheSamePath()
    {
        var first = Simulate(5, 1);
        var second = Simulate(5, 1);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Advance_DifferentSeed_GivesADifferentPath()
    {
        var first = Simulate(5, 1);
        var second = Simulate(6, 1);

        Assert.NotEqual(first[^1].Spx, second[^1].Spx);
    }

    [Fact]
    public void Constructor_StartingLevels_AreQuotedBeforeAnyStep()
    {
        var sut = new SimulatedMarketModel(new SimulatedMarketOptions { StartSpx = 4321.5m, StartVix = 22m }, new Random(1));

        Assert.Equal(4321.5, sut.Spx, 9);
        Assert.Equal(22.0, sut.Vix, 9);
    }

    [Fact]
    public void Constructor_InvalidOptions_NamesFieldValueAndAllowedRange()
    {
        var options = new SimulatedMarketOptions { PriceVarianceCorrelation = -1.5, QuotesPerSecond = 0 };

        var thrown = Assert.Throws<ArgumentException>(() => new SimulatedMarketModel(options, new Random(1)));

        Assert.Contains("PriceVarianceCorrelation: -1.5 is out of range; allowed: [-1, 1]", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("QuotesPerSecond: 0 is out of range", thrown.Message, StringComparison.Ordinal);
    }

    private static List<SimulatedDay> Simulate(int seed, int years)
    {
        var model = new SimulatedMarketModel(new SimulatedMarketOptions { Seed = seed }, new Random(seed));
        var days = new List<SimulatedDay>(years * 252);
        for (var day = 0; day < years * 252; day++)
        {
            model.OpenSession();
            for (var step = 0; step < StepsPerSession; step++)
            {
                model.Advance(Step);
            }

            days.Add(new SimulatedDay(model.Spx, model.Vix, model.Vix9d, model.Vix3m, model.AdvancingIssues, model.DecliningIssues, model.UnchangedIssues));
        }

        return days;
    }

    /// <summary>SPX and VIX closes of 1990-2023 on the days both files have (Yahoo ^GSPC ends 2023-12-28).</summary>
    private static DailyStatistics ComputeHistory()
    {
        var lenient = new BarFileReadOptions { BadRowPolicy = BadRowPolicy.Skip };
        var spx = BarFileReader.Read(SharedData.Path("spx", "spx_daily_yahoo_GSPC_1927_2023.csv"), lenient).Bars
            .Where(bar => bar.TradeDate.Year >= 1990)
            .ToDictionary(bar => bar.TradeDate, bar => (double)bar.Close);
        var vix = BarFileReader.Read(SharedData.Path("vix", "vix_daily_cboe_1990_2026.csv"), lenient).Bars
            .Where(bar => spx.ContainsKey(bar.TradeDate))
            .ToList();
        return DailyStatistics.From(vix.Select(bar => spx[bar.TradeDate]).ToList(), vix.Select(bar => (double)bar.Close).ToList());
    }

    private sealed record SimulatedDay(double Spx, double Vix, double Vix9d, double Vix3m, int Advancing, int Declining, int Unchanged);
}
