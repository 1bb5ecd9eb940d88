using NodaTime;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

public sealed class HistoricalDataPacerTests : IDisposable
{
    private static readonly Instant Start = Instant.FromUtc(2026, 10, 16, 13, 45);
    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(30));
    private readonly ManualTimeProvider clock = new(Start);

    public void Dispose() => guard.Dispose();

    [Fact]
    public async Task ReserveAsync_SixthForOneContractWithinTwoSeconds_WaitsUntilTheFirstLeavesTheWindow()
    {
        var sut = new HistoricalDataPacer(clock);
        var firstFive = Enumerable.Range(1, 5).Select(i => sut.ReserveAsync("SPX", $"SPX|{i}", guard.Token)).ToList();
        clock.Advance(TimeSpan.FromSeconds(1));

        var sixth = sut.ReserveAsync("SPX", "SPX|6", guard.Token);
        var waitingAtFirstPlusOne = !sixth.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(999));
        var waitingJustBefore = !sixth.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var waited = await sixth.AsTask().WaitAsync(guard.Token);

        Assert.All(firstFive, reservation => Assert.True(reservation.IsCompletedSuccessfully));
        Assert.True(waitingAtFirstPlusOne);
        Assert.True(waitingJustBefore);
        Assert.Equal(TimeSpan.FromSeconds(1), waited);
    }

    [Fact]
    public void ReserveAsync_OtherContracts_DoNotWaitForEachOther()
    {
        var sut = new HistoricalDataPacer(clock);

        var reservations = new[] { "SPX", "VIX", "VIX9D" }
            .SelectMany(contract => Enumerable.Range(1, 5).Select(i => sut.ReserveAsync(contract, $"{contract}|{i}", guard.Token)))
            .ToList();

        Assert.All(reservations, reservation => Assert.True(reservation.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task ReserveAsync_IdenticalRequest_WaitsFifteenSecondsFromTheFirst()
    {
        var sut = new HistoricalDataPacer(clock);
        await sut.ReserveAsync("SPX", "SPX|1 day|30 D", guard.Token);
        clock.Advance(TimeSpan.FromSeconds(10));

        var again = sut.ReserveAsync("SPX", "SPX|1 day|30 D", guard.Token);
        var waitingJustBefore = !again.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(4.999));
        waitingJustBefore &= !again.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var waited = await again.AsTask().WaitAsync(guard.Token);

        Assert.True(waitingJustBefore);
        Assert.Equal(TimeSpan.FromSeconds(5), waited);
    }

    [Fact]
    public async Task ReserveAsync_SixtyFirstInTenMinutes_WaitsForTheTenMinuteWindow()
    {
        var sut = new HistoricalDataPacer(clock);
        var sixty = Enumerable.Range(1, 60).Select(i => sut.ReserveAsync($"contract {i}", $"contract {i}", guard.Token)).ToList();
        clock.Advance(TimeSpan.FromMinutes(5));

        var sixtyFirst = sut.ReserveAsync("contract 61", "contract 61", guard.Token);
        var waitingAfterFiveMinutes = !sixtyFirst.IsCompleted;
        clock.Advance(TimeSpan.FromMinutes(5));
        var waited = await sixtyFirst.AsTask().WaitAsync(guard.Token);

        Assert.All(sixty, reservation => Assert.True(reservation.IsCompletedSuccessfully));
        Assert.True(waitingAfterFiveMinutes);
        Assert.Equal(TimeSpan.FromMinutes(5), waited);
    }
}
