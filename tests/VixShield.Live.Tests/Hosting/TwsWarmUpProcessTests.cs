using System.Globalization;
using System.Text.Json;
using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Testing;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Tests.Hosting;

/// <summary><c>vixshield run --feed tws</c> against the fake TWS on loopback: the indicators are warm before the first
/// live quote, from history files or from TWS's own daily history.</summary>
public sealed class TwsWarmUpProcessTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private static readonly string[] Indices = ["SPX", "VIX", "VIX9D", "VIX3M"];
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-warm-up-").FullName;

    [Fact]
    public async Task Run_TwsWithWarmUpFiles_LogsTheDailyAndWeeklyIndicatorsReadyAndTheStaleHistory()
    {
        await using var server = FakeTwsServer.Start(new FakeTwsServerOptions { Script = IndexScript(null) });
        string[] files =
        [
            SharedData.Path("spx", "spx_daily_investingcom_1990_2026.csv"),
            SharedData.Path("vix", "vix_daily_cboe_1990_2026.csv"),
            SharedData.Path("vix", "vix9d_daily_cboe_2011_2026.csv"),
            SharedData.Path("vix", "vix3m_daily_cboe_2009_2026.csv"),
            SharedData.Path("breadth", "nyse_ADV_advancing_issues_1991_2026.csv"),
            SharedData.Path("breadth", "nyse_DECL_declining_issues_1991_2026.csv"),
        ];
        using var daemon = DaemonProcess.Start(
            new Dictionary<string, string> { ["VIXSHIELD__Feed__WarmUp__BadRows"] = "skip" },
            ["--feed", "tws", "--tws-port", server.Port.ToString(CultureInfo.InvariantCulture), "--http-port", "0",
                "--data-dir", Path.Combine(directory, "files"), "--warm-up", .. files]);

        await daemon.LogLine("Feed 'tws' starting").WaitAsync(HangGuard);
        await server.WaitForConnectionAsync(1, CancellationToken.None).WaitAsync(HangGuard);
        daemon.Terminate();
        var exitCode = await daemon.WaitForExitAsync(HangGuard);

        var log = daemon.Error;
        Assert.True(exitCode == 0, $"exit {exitCode}: {log} STDOUT: {daemon.Output}");
        Assert.Contains("Warm-up: SPX 1d RSI(14) saw 260 bars (ready after 15): ready", log, StringComparison.Ordinal);
        Assert.Matches(@"Warm-up: SPX 1d MACD BEARISH\([0-9,]+\) saw 260 bars \(ready after \d+\): ready", log);
        Assert.Matches(@"Warm-up: SPX 1w WEEKLY MACD WARNING\([0-9,]+\) saw \d+ bars \(ready after \d+\): ready", log);
        Assert.Matches(@"Warm-up: VIX 1d MACD CROSS UP\([0-9,]+\) saw 260 bars \(ready after \d+\): ready", log);
        Assert.Contains("Warm-up: NYSE 1d A/D LINE saw 260 bars (ready after 1): ready", log, StringComparison.Ordinal);
        Assert.Contains($"Warm-up history: SPX 260 daily bars", log, StringComparison.Ordinal);
        Assert.Contains($"from Feed:WarmUp:Files:0 '{files[0]}'", log, StringComparison.Ordinal);
        // The shared history ends in 2026: a live start after it is told so, file by file.
        var calendar = new NyseTradingCalendar();
        if (calendar.CurrentOrNextSession(SystemClock.Instance.GetCurrentInstant()).TradeDate > new LocalDate(2026, 7, 31))
        {
            Assert.Contains($"Warm-up history is stale: Feed:WarmUp:Files:0 '{files[0]}' ends on 2026-07-23", log, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("not wired", log, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, request => request.Name == "REQ_HISTORICAL_DATA");
    }

    [Fact]
    public async Task Run_TwsWithBadWarmUpFile_ExitsTwoNamingKeyFileLineFieldAndValue()
    {
        var file = Path.Combine(directory, "vix_daily.csv");
        File.WriteAllLines(file, ["DATE,OPEN,HIGH,LOW,CLOSE", "2026-03-02,17.1,18.2,16.9,17.5", "2026-03-03,17.5,abc,17.0,17.8"]);
        await using var server = FakeTwsServer.Start();

        using var daemon = DaemonProcess.Start(
            "--feed", "tws", "--tws-port", server.Port.ToString(CultureInfo.InvariantCulture), "--http-port", "0",
            "--data-dir", Path.Combine(directory, "bad"), "--warm-up", file);
        var exitCode = await daemon.WaitForExitAsync(HangGuard);

        Assert.Equal(2, exitCode);
        Assert.Contains($"error: Feed:WarmUp:Files:0: {file}, line 3, field HIGH: 'abc'", daemon.Error, StringComparison.Ordinal);
        Assert.Empty(server.Connections);
    }

    [Fact]
    public async Task Run_TwsWithoutWarmUpFiles_WarmsUpFromTwsDailyHistoryThenConnectsTheFeed()
    {
        var calendar = new NyseTradingCalendar();
        var liveDay = calendar.CurrentOrNextSession(SystemClock.Instance.GetCurrentInstant()).TradeDate;
        var days = new List<LocalDate>();
        for (var day = calendar.PreviousTradingDay(liveDay); days.Count < 300; day = calendar.PreviousTradingDay(day))
        {
            days.Insert(0, day);
        }

        await using var server = FakeTwsServer.Start(new FakeTwsServerOptions { Script = IndexScript(days) });
        using var daemon = DaemonProcess.Start(
            "--feed", "tws", "--tws-port", server.Port.ToString(CultureInfo.InvariantCulture), "--http-port", "0",
            "--data-dir", Path.Combine(directory, "tws"));

        await daemon.LogLine("Feed 'tws' starting").WaitAsync(HangGuard);
        await server.WaitForConnectionAsync(2, CancellationToken.None).WaitAsync(HangGuard);
        daemon.Terminate();
        var exitCode = await daemon.WaitForExitAsync(HangGuard);

        var log = daemon.Error;
        Assert.True(exitCode == 0, log);
        Assert.Equal(
            ["SPX", "VIX", "VIX9D", "VIX3M", "ADV-NYSE", "DECL-NYSE"],
            server.Requests.Where(r => r.Name == "REQ_HISTORICAL_DATA").Select(r => r.Field("symbol", FakeTwsServerOptions.DefaultServerVersion)));
        Assert.Contains(
            $"Warm-up history: SPX 260 daily bars {days[^260]:yyyy-MM-dd}..{days[^1]:yyyy-MM-dd} from TWS daily history of SPX", log, StringComparison.Ordinal);
        Assert.Contains("Warm-up: SPX 1d RSI(14) saw 260 bars (ready after 15): ready", log, StringComparison.Ordinal);
        Assert.Matches(@"Warm-up: SPX 1d MACD BEARISH\([0-9,]+\) saw 260 bars \(ready after \d+\): ready", log);
        Assert.Matches(@"Warm-up: SPX 1w WEEKLY MACD WARNING\([0-9,]+\) saw \d+ bars \(ready after \d+\): ready", log);
        Assert.Matches(@"Warm-up: VIX 1d MACD CROSS UP\([0-9,]+\) saw 260 bars \(ready after \d+\): ready", log);
        Assert.Contains("Warm-up history missing for NYSE-ADV: TWS sent no completed daily bar", log, StringComparison.Ordinal);
        Assert.Contains("Warm-up: NYSE 1d A/D LINE saw 0 bars (ready after 1): NOT READY", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Warm-up history is stale", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TwsNotReachableWithinTheHistoryTimeout_StartsColdWithAWarningNamingTheKey()
    {
        using var daemon = DaemonProcess.Start(
            new Dictionary<string, string> { ["VIXSHIELD__Feed__WarmUp__TwsHistoryTimeout"] = "00:00:01" },
            ["--feed", "tws", "--tws-port", DaemonProcess.FreePort().ToString(CultureInfo.InvariantCulture), "--http-port", "0",
                "--data-dir", Path.Combine(directory, "cold")]);

        await daemon.LogLine("Feed 'tws' starting").WaitAsync(HangGuard);
        daemon.Terminate();
        var exitCode = await daemon.WaitForExitAsync(HangGuard);

        Assert.True(exitCode == 0, daemon.Error);
        Assert.Contains(
            "Indicators warm up from live bars as they close: TWS did not connect and send the daily history within 00:00:01 (Feed:WarmUp:TwsHistoryTimeout)",
            daemon.Error, StringComparison.Ordinal);
        Assert.Contains("Warm-up: SPX 1d RSI(14) saw 0 bars (ready after 15): NOT READY", daemon.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>Index lookups and market-data acknowledgements; with <paramref name="days"/>, daily history of the four
    /// indices on those days (a made-up smooth path) and "no data" for everything else, such as breadth.</summary>
    private static FakeTwsScript IndexScript(IReadOnlyList<LocalDate>? days)
    {
        var rules = new List<FakeTwsScriptRule>();
        var conId = 500000;
        foreach (var symbol in Indices)
        {
            conId++;
            rules.Add(new("REQ_CONTRACT_DATA", new Dictionary<string, string> { ["symbol"] = symbol, ["secType"] = "IND" },
            [
                Send(new
                {
                    type = "CONTRACT_DATA",
                    reqId = "${reqId}",
                    contract = new { symbol, secType = "IND", exchange = "CBOE", currency = "USD", localSymbol = symbol, conId },
                    details = new { marketName = symbol, minTick = "0.01", longName = symbol + " index", timeZoneId = "US/Central" },
                }),
                Send(new { type = "CONTRACT_DATA_END", reqId = "${reqId}" }),
            ]));
            rules.Add(new("REQ_MKT_DATA", new Dictionary<string, string> { ["symbol"] = symbol }, [Send(new { type = "MARKET_DATA_TYPE", reqId = "${reqId}", marketDataType = 1 })]));
            if (days is not null)
            {
                var level = symbol == "SPX" ? 6000.0 : 18.0;
                var bars = days.Select((day, i) =>
                {
                    var close = level * (1 + (0.05 * Math.Sin(i / 9.0)));
                    return (object)new
                    {
                        date = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                        open = Price(close * 0.998), high = Price(close * 1.004), low = Price(close * 0.994), close = Price(close),
                        volume = "-1", wap = "-1", barCount = -1,
                    };
                }).ToList();
                rules.Add(new("REQ_HISTORICAL_DATA", new Dictionary<string, string> { ["symbol"] = symbol },
                [
                    Send(new { type = "HISTORICAL_DATA", reqId = "${reqId}", startDate = "20250101 16:00:00 US/Eastern", endDate = "20261231 16:00:00 US/Eastern", bars }),
                ]));
            }
        }

        rules.Add(new("REQ_HISTORICAL_DATA", new Dictionary<string, string>(),
            [Send(new { type = "ERR_MSG", id = "${reqId}", code = 162, message = "Historical Market Data Service error message:HMDS query returned no data" })]));
        return new FakeTwsScript(rules);
    }

    private static string Price(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static JsonElement Send(object msg) => JsonSerializer.SerializeToElement(new { msg });
}
