using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Replay;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.Tests.Replay;

public sealed class ReplayMarketDataFeedTests : IDisposable
{
    private static readonly NyseTradingCalendar Calendar = new();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("vixshield-replay-tests-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task RunAsync_TwoDailyFiles_PlaysMergedPathsWithCloseHeartbeatsAcrossAHolidayAndEarlyClose()
    {
        var spx = Write("spx.csv", "DATE,OPEN,HIGH,LOW,CLOSE", "11/27/2024,6000,6020,5980,6010", "11/29/2024,6010,6040,6005,6032");
        var vix = Write("vix.csv", "DATE,OPEN,HIGH,LOW,CLOSE", "11/27/2024,14,15,13.5,13.8", "11/29/2024,13.8,14.1,13.2,13.5");
        var tape = Load(new ReplayFeedOptions { Sources = [new(spx), new(vix)] });
        var run = new FeedRun(Instant.FromUtc(2024, 11, 1, 0, 0));
        var sut = new ReplayMarketDataFeed(tape, run.Pacer);

        await run.Start(sut);

        string[] expected =
        [
            "Started 2024-11-27T14:30:00Z",
            "Spx 2024-11-27T14:30:00Z 6000", "Vix 2024-11-27T14:30:00Z 14",
            "Spx 2024-11-27T16:07:30Z 5980", "Vix 2024-11-27T16:07:30Z 15",
            "Spx 2024-11-27T17:45:00Z 6020", "Vix 2024-11-27T17:45:00Z 13.5",
            "Spx 2024-11-27T20:25:00Z 6010", "Vix 2024-11-27T20:25:00Z 13.8",
            "heartbeat 2024-11-27T21:00:00Z",
            "Spx 2024-11-29T14:30:00Z 6010", "Vix 2024-11-29T14:30:00Z 13.8",
            "Spx 2024-11-29T15:22:30Z 6005", "Vix 2024-11-29T15:22:30Z 14.1",
            "Spx 2024-11-29T16:15:00Z 6040", "Vix 2024-11-29T16:15:00Z 13.2",
            "Spx 2024-11-29T17:25:00Z 6032", "Vix 2024-11-29T17:25:00Z 13.5",
            "heartbeat 2024-11-29T18:00:00Z",
            "Stopped 2024-11-29T18:00:00Z",
        ];
        Assert.Equal(expected, run.Drain().Select(FeedRun.Describe));
        Assert.Equal(Instant.FromUtc(2024, 11, 29, 18, 0), run.MarketClock.GetCurrentInstant());
    }

    [Fact]
    public async Task RunAsync_SourcesListedTheOtherWay_BreaksTimeTiesTheOtherWay()
    {
        var spx = Write("spx.csv", "DATE,OPEN,HIGH,LOW,CLOSE", "11/27/2024,6000,6020,5980,6010");
        var vix = Write("vix.csv", "DATE,OPEN,HIGH,LOW,CLOSE", "11/27/2024,14,15,13.5,13.8");
        var tape = Load(new ReplayFeedOptions { Sources = [new(vix), new(spx)] });
        var run = new FeedRun(Instant.FromUtc(2024, 11, 1, 0, 0));

        await run.Start(new ReplayMarketDataFeed(tape, run.Pacer));

        var quotes = run.Drain().Where(item => item.Kind == InboundEventKind.Quote).Select(item => item.Quote.Symbol).ToList();
        Assert.Equal([MarketSymbol.Vix, MarketSymbol.Spx, MarketSymbol.Vix, MarketSymbol.Spx], quotes.Take(4));
    }

    [Fact]
    public async Task RunAsync_TicksAndDailyBreadth_PlaysBreadthOnceAtTheCloseAndTheHeartbeatBeforePostClosePrints()
    {
        var ticks = Write(
            "tape.csv",
            "time,symbol,bid,ask,last",
            "2024-01-02T09:30:00-05:00,SPX,,,4745.20",
            "2024-01-02T16:00:00-05:00,SPX,,,4742.83");
        var breadth = Write("nyse_ADV.csv", "time,open,high,low,close,Volume,Volume MA", "2024-01-02,1210,1210,1210,1210,,");
        var tape = Load(new ReplayFeedOptions { Sources = [new(ticks), new(breadth)] });
        var run = new FeedRun(Instant.FromUtc(2024, 1, 1, 0, 0));

        await run.Start(new ReplayMarketDataFeed(tape, run.Pacer));

        string[] expected =
        [
            "Started 2024-01-02T14:30:00Z",
            "Spx 2024-01-02T14:30:00Z 4745.20",
            "NyseAdvancing 2024-01-02T20:59:59.999Z 1210",
            "heartbeat 2024-01-02T21:00:00Z",
            "Spx 2024-01-02T21:00:00Z 4742.83",
            "Stopped 2024-01-02T21:00:00Z",
        ];
        Assert.Equal(expected, run.Drain().Select(FeedRun.Describe));
    }

    [Fact]
    public async Task RunAsync_StartAndEnd_PlaysOnlyThatRangeAndSaysWhyItStopped()
    {
        var vix = Write("vix.csv", "DATE,VIX", "01/02/2024,13.2", "01/03/2024,14.0", "01/04/2024,14.1");
        var tape = Load(new ReplayFeedOptions
        {
            Sources = [new(vix)],
            Start = Instant.FromUtc(2024, 1, 3, 14, 30),
            End = Instant.FromUtc(2024, 1, 4, 14, 30),
        });
        var run = new FeedRun(Instant.FromUtc(2024, 1, 1, 0, 0));

        await run.Start(new ReplayMarketDataFeed(tape, run.Pacer));

        var events = run.Drain();
        Assert.Equal(Instant.FromUtc(2024, 1, 3, 14, 30), tape.FirstEventTime);
        Assert.Equal(7, events.Count);
        Assert.All(events.Where(item => item.Kind == InboundEventKind.Quote), item => Assert.Equal(14.0m, item.Quote.Last));
        Assert.Equal("heartbeat 2024-01-03T21:00:00Z", FeedRun.Describe(events[5]));
        var stopped = (FeedStatusChanged)events[^1].Payload!;
        Assert.Equal(FeedState.Stopped, stopped.State);
        Assert.StartsWith("end time 2024-01-04T14:30:00Z reached", stopped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadRowsSkipped_ReportsTheCountInTheStatus()
    {
        var vix = Write("vix.csv", "DATE,VIX", "01/02/2024,13.2", "01/03/2024,oops", "01/04/2024,14.1");
        var tape = Load(new ReplayFeedOptions { Sources = [new(vix)], BadRowPolicy = BadRowPolicy.Skip });
        var run = new FeedRun(Instant.FromUtc(2024, 1, 1, 0, 0));

        await run.Start(new ReplayMarketDataFeed(tape, run.Pacer));

        var started = (FeedStatusChanged)run.Drain()[0].Payload!;
        Assert.Equal(3, Assert.Single(tape.Problems).LineNumber);
        Assert.Equal(FeedState.Started, started.State);
        Assert.Equal(ReplayMarketDataFeed.FeedName, started.FeedName);
        Assert.Contains("3 rows, 1 bad rows skipped", started.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RunAsync_PacedAcrossOnlyClosedMarketTime_TakesNoWallTime()
    {
        var ticks = Write(
            "tape.csv",
            "time,symbol,bid,ask,last",
            "2024-01-05T17:00:00-05:00,SPX,,,4700",
            "2024-01-06T12:00:00-05:00,SPX,,,4701",
            "2024-01-08T08:00:00-05:00,SPX,,,4702");
        var tape = Load(new ReplayFeedOptions { Sources = [new(ticks)] });
        var run = new FeedRun(Instant.FromUtc(2024, 1, 1, 0, 0), speed: 1.0);

        var sut = run.Start(new ReplayMarketDataFeed(tape, run.Pacer));

        Assert.True(sut.IsCompletedSuccessfully);
        Assert.Equal(5, run.Drain().Count);
    }

    [Fact]
    public async Task RunAsync_PacedInsideASession_WaitsForTheWallClock()
    {
        var ticks = Write(
            "tape.csv",
            "time,symbol,bid,ask,last",
            "2024-01-02T10:00:00-05:00,SPX,,,4700",
            "2024-01-02T10:00:30-05:00,SPX,,,4701");
        var tape = Load(new ReplayFeedOptions { Sources = [new(ticks)] });
        var run = new FeedRun(Instant.FromUtc(2024, 1, 1, 0, 0), speed: 3600.0);

        var sut = run.Start(new ReplayMarketDataFeed(tape, run.Pacer));
        var beforeWallTimePasses = run.Drain().Count;
        var completedBefore = sut.IsCompleted;
        run.WallClock.Advance(TimeSpan.FromSeconds(10));
        await sut;

        Assert.False(completedBefore);
        Assert.Equal(2, beforeWallTimePasses);
        Assert.Equal(["Spx 2024-01-02T15:00:30Z 4701", "heartbeat 2024-01-02T21:00:00Z", "Stopped 2024-01-02T21:00:00Z"], run.Drain().Select(FeedRun.Describe));
    }

    [Fact]
    public async Task RunAsync_Cancelled_WritesStoppedCancelledAndThrows()
    {
        var vix = Write("vix.csv", "DATE,VIX", "01/02/2024,13.2");
        var tape = Load(new ReplayFeedOptions { Sources = [new(vix)] });
        var run = new FeedRun(Instant.FromUtc(2024, 1, 1, 0, 0));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.Start(new ReplayMarketDataFeed(tape, run.Pacer), new CancellationToken(canceled: true)));

        var stopped = (FeedStatusChanged)Assert.Single(run.Drain()).Payload!;
        Assert.Equal((FeedState.Stopped, "cancelled"), (stopped.State, stopped.Reason));
    }

    [Fact]
    public async Task RunAsync_ClockAlreadyPastTheData_ThrowsNamingBothTimes()
    {
        var vix = Write("vix.csv", "DATE,VIX", "01/02/2024,13.2");
        var tape = Load(new ReplayFeedOptions { Sources = [new(vix)] });
        var run = new FeedRun(Instant.FromUtc(2024, 6, 1, 0, 0));

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => run.Start(new ReplayMarketDataFeed(tape, run.Pacer)));

        Assert.Contains("2024-01-02T14:30:00Z", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TickFileWithASymbol_ThrowsSayingTicksNameTheirOwn()
    {
        var ticks = Write("tape.csv", "time,symbol,bid,ask,last", "2024-01-02T10:00:00-05:00,SPX,,,4700");

        var thrown = Assert.Throws<ArgumentException>(() => Load(new ReplayFeedOptions { Sources = [new(ticks, MarketSymbol.Spx)] }));

        Assert.Contains("names the symbol on every row", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadRowUnderStop_ThrowsTheReadersError()
    {
        var vix = Write("vix.csv", "DATE,VIX", "01/02/2024,13.2", "01/03/2024,oops");

        var thrown = Assert.Throws<ReplayDataException>(() => Load(new ReplayFeedOptions { Sources = [new(vix)] }));

        Assert.Equal((vix, 3, "VIX"), (thrown.Problem!.FilePath, thrown.Problem.LineNumber, thrown.Problem.Field));
    }

    private static ReplayTape Load(ReplayFeedOptions options) => ReplayTape.Load(options, Calendar);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
