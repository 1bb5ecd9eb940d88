using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Engine.State;
using VixShield.Live.Testing;

namespace VixShield.Live.Engine.Tests.State;

public sealed class EngineSnapshotJsonTests
{
    [Fact]
    public void WriteThenRead_LoopWithSessionQuotesBarsAndCondor_RoundTripsToTheSameText()
    {
        var loop = PlayedLoop();
        var snapshot = loop.CaptureSnapshot();

        var stored = EngineSnapshotJson.ToStored(snapshot);
        var sut = EngineSnapshotJson.Read(stored);

        Assert.Equal(stored.Payload, EngineSnapshotJson.Write(sut));
        Assert.Equal(snapshot.MarketTime, sut.MarketTime);
        Assert.Equal(snapshot.MarketTime.ToUnixTimeMilliseconds(), stored.Watermark);
        Assert.Single(sut.Condors.Open);
        Assert.Equal(Instant.MaxValue, sut.Condors.NextEntry);
        Assert.Contains(sut.Bars.Open, bar => bar.Symbol == MarketSymbol.Spx);
        Assert.Contains(sut.Loop.Health!, index => index.Symbol == MarketSymbol.Vix9d && index.LastQuote == Instant.MinValue);
    }

    [Fact]
    public void Read_OtherFormatVersion_RefusedNamingBothVersions()
    {
        var stored = EngineSnapshotJson.ToStored(PlayedLoop().CaptureSnapshot());

        var error = Assert.Throws<InvalidDataException>(() => EngineSnapshotJson.Read(stored with { FormatVersion = 2 }));

        Assert.Contains("format 2", error.Message, StringComparison.Ordinal);
        Assert.Contains($"reads format {EngineSnapshotJson.FormatVersion} only", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"positions":[]}""", "'positions'")]
    [InlineData("""{"marketTime":"2026-03-02T15:00:00Z"}""", "alertSequence")]
    [InlineData("""{"marketTime":"yesterday""", "cannot be read")]
    [InlineData("null", "JSON literal null")]
    public void Read_PayloadThatIsNotAnEngineSnapshot_RefusedSayingWhatIsWrong(string payload, string expected)
    {
        var stored = new StateSnapshot(EngineSnapshotJson.FormatVersion, 1, Instant.FromUtc(2026, 3, 2, 15, 0), payload);

        var error = Assert.Throws<InvalidDataException>(() => EngineSnapshotJson.Read(stored));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CondorWithImpossibleStrikes_RefusedByTheCondorsOwnCheck()
    {
        var payload = EngineSnapshotJson.ToStored(PlayedLoop().CaptureSnapshot());
        var shortPut = System.Text.RegularExpressions.Regex.Match(payload.Payload, "\"shortPutStrike\":([0-9.]+)").Groups[1].Value;
        var broken = payload with { Payload = payload.Payload.Replace($"\"shortPutStrike\":{shortPut}", "\"shortPutStrike\":1", StringComparison.Ordinal) };

        var error = Assert.Throws<InvalidDataException>(() => EngineSnapshotJson.Read(broken));

        Assert.Contains("the condor is invalid", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A loop after a session open, the 15:30 condor entry and an SPX quote after it.</summary>
    private static DecisionLoop PlayedLoop()
    {
        var loop = new DecisionLoop(Channel.CreateUnbounded<InboundEvent>().Reader, Channel.CreateUnbounded<Alert>().Writer, new NyseTradingCalendar(),
            new EngineOptions(), watchStaleness: true, NullLogger<DecisionLoop>.Instance);
        loop.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6000m, at: Some.NewYork(2026, 3, 2, 9, 30))));
        loop.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Vix, 16m, at: Some.NewYork(2026, 3, 2, 9, 30))));
        loop.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6001m, at: Some.NewYork(2026, 3, 2, 15, 30))));
        loop.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6002m, at: Some.NewYork(2026, 3, 2, 15, 31, 10))));
        return loop;
    }
}
