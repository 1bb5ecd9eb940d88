using System.Globalization;
using NodaTime;
using VixShield.Live.Comparison;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Reports.Comparison;
using VixShield.Live.Testing;

namespace VixShield.Live.Reports.Tests.Host.Comparison;

public sealed class ComparisonRunnerTests : IDisposable
{
    private static readonly string YahooSpx = SharedData.Path("spx", "spx_daily_yahoo_GSPC_1927_2023.csv");
    private static readonly string CboeVix = SharedData.Path("vix", "vix_daily_cboe_1990_2026.csv");

    private readonly string folder = Directory.CreateTempSubdirectory("vixshield-runner-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task RunAsync_March2022_OneCondorPerTradingDayAfterTheFirst()
    {
        var closes = ReadYahooCloses(new LocalDate(2022, 3, 1), new LocalDate(2022, 3, 31));

        var sut = await RunAsync(new ComparisonArguments { Spx = YahooSpx, Vix = CboeVix, From = "2022-03-01", To = "2022-03-31" });

        Assert.Equal(23, closes.Count);
        Assert.Equal(closes.Keys.Skip(1), sut.Report.Days.Select(d => d.Expiry));
        Assert.Equal(["hold_to_expiry", "stop_1x", "stop_2x"], sut.Report.Summary.Arms.Select(a => a.Key).Where(k => !k.StartsWith("alvh_", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_March2022_HoldToExpiryIsCreditMinusCashSettlementAtTheSpxClose()
    {
        var closes = ReadYahooCloses(new LocalDate(2022, 3, 1), new LocalDate(2022, 3, 31));

        var sut = await RunAsync(new ComparisonArguments { Spx = YahooSpx, Vix = CboeVix, From = "2022-03-01", To = "2022-03-31" });

        Assert.All(sut.Report.Days, day =>
        {
            var strikes = day.Strikes!;
            var close = closes[day.Expiry];
            var putValue = Math.Max(0m, Math.Min(strikes.ShortPut - close, strikes.ShortPut - strikes.LongPut));
            var callValue = Math.Max(0m, Math.Min(close - strikes.ShortCall, strikes.LongCall - strikes.ShortCall));
            Assert.Equal(close, day.SpxClose);
            Assert.Equal((day.Credit - putValue - callValue) * 100m, day.Find("hold_to_expiry")!.ProfitAndLoss);
        });
        Assert.Contains(sut.Report.Days, day => day.SettlementValue > 0m); // the window has condors that finished in the money
        var total = sut.Report.Days.Sum(day => day.Find("hold_to_expiry")!.ProfitAndLoss);
        Assert.Equal(total, sut.Report.Summary.Find("hold_to_expiry")!.TotalProfitAndLoss);
    }

    [Fact]
    public async Task RunAsync_SharedVixFile_ReportsItsHolidayRowsAsSkipped()
    {
        var sut = await RunAsync(new ComparisonArguments { Spx = YahooSpx, Vix = CboeVix, From = "2022-03-01", To = "2022-03-10" });

        var vix = sut.Report.Method.Inputs.Single(i => i.Option == "--vix");
        Assert.Equal(33, vix.SkippedRows);
        Assert.Equal("vix_daily_cboe_1990_2026.csv", vix.FileName);
        Assert.Equal(sut.Report.Method.Inputs.Sum(i => i.SkippedRows), sut.SkippedRows);
    }

    [Fact]
    public async Task RunAsync_AdverseExtremeCrossesTheWings_StopsTakenThoughTheCloseRecovered()
    {
        // Daily bars, VIX flat at 20. Mar 5: up day that dipped to 3800 (path open, low, high, close); Mar 7: down day that
        // spiked to 4250 (open, high, low, close). Both closed back inside the condor; Mar 4, 6 and 8 stayed near 4000.
        var spx = WriteBars("spx.csv",
            ("2024-03-01", 4000m, 4000m, 4000m, 4000m),
            ("2024-03-04", 4000m, 4004m, 3998m, 4001m),
            ("2024-03-05", 4000m, 4010m, 3800m, 4005m),
            ("2024-03-06", 4005m, 4010m, 3995m, 4000m),
            ("2024-03-07", 4000m, 4250m, 3995m, 3998m),
            ("2024-03-08", 3998m, 4003m, 3996m, 4000m));
        var vix = WriteBars("vix.csv", [.. new[] { "2024-03-01", "2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08" }.Select(d => (d, 20m, 20m, 20m, 20m))]);

        var sut = await RunAsync(new ComparisonArguments { Spx = spx, Vix = vix });

        var stopped = sut.Report.Days.Where(d => d.Find("stop_1x")!.Stopped).Select(d => d.Expiry.Day);
        Assert.Equal([5, 7], stopped);
        Assert.Equal([5, 7], sut.Report.Days.Where(d => d.Find("stop_2x")!.Stopped).Select(d => d.Expiry.Day));
        Assert.All(sut.Report.Days, day =>
        {
            Assert.Equal(0m, day.SettlementValue);
            Assert.Equal(day.Credit * 100m, day.Find("hold_to_expiry")!.ProfitAndLoss);
            var stop = day.Find("stop_2x")!;
            Assert.True(stop.Stopped ? stop.ProfitAndLoss < -day.Credit * 100m : stop.ProfitAndLoss == day.Credit * 100m);
        });
    }

    [Fact]
    public async Task RunAsync_SpxFileEndsBeforeVix_DaysWithoutSpxBarsAreLeftOutAndCounted()
    {
        string[] dates = ["2024-03-01", "2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08"];
        var spx = WriteBars("spx.csv", [.. dates.Take(4).Select(d => (d, 4000m, 4005m, 3995m, 4001m))]);
        var vix = WriteBars("vix.csv", [.. dates.Select(d => (d, 20m, 20m, 20m, 20m))]);

        var sut = await RunAsync(new ComparisonArguments { Spx = spx, Vix = vix });

        Assert.Equal([4, 5, 6], sut.Report.Days.Select(d => d.Expiry.Day));
        Assert.Equal(2, sut.Report.Method.StaleCondors); // expiring Mar 7 and 8, after the last SPX bar
    }

    private async Task<ComparisonOutcome> RunAsync(ComparisonArguments arguments)
    {
        Assert.True(
            ComparisonRequest.TryCreate(arguments with { Output = Path.Combine(folder, "out") }, out var request, out var problems),
            string.Join("; ", problems));
        var runner = new ComparisonRunner(new NyseTradingCalendar());
        return await runner.RunAsync(request!, runner.LoadTape(request!), progress: null, CancellationToken.None);
    }

    private string WriteBars(string name, params (string Date, decimal Open, decimal High, decimal Low, decimal Close)[] bars)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, ["DATE,OPEN,HIGH,LOW,CLOSE", .. bars.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Date},{b.Open},{b.High},{b.Low},{b.Close}"))]);
        return path;
    }

    /// <summary>The closes of the Yahoo SPX file (Date,Open,High,Low,Close,...) between two dates, read independently of the engine.</summary>
    private static SortedDictionary<LocalDate, decimal> ReadYahooCloses(LocalDate from, LocalDate to)
    {
        var closes = new SortedDictionary<LocalDate, decimal>();
        foreach (var line in File.ReadLines(YahooSpx).Skip(1))
        {
            var fields = line.Split(',');
            var date = LocalDate.FromDateTime(DateTime.ParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (date >= from && date <= to)
            {
                closes[date] = decimal.Parse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return closes;
    }
}
