using NodaTime;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Snapshots;

namespace VixShield.Live.Adapters.Tests.Sqlite;

public sealed class SqliteStateStoreTests : IDisposable
{
    private static readonly Instant MarketTime = Instant.FromUtc(2026, 3, 2, 18, 15);
    private readonly StateDirectory directory = new();
    private readonly SqliteStateDatabase database;
    private readonly SqliteStateStore sut;

    public SqliteStateStoreTests()
    {
        database = directory.Open();
        sut = new SqliteStateStore(database);
    }

    public void Dispose()
    {
        database.Dispose();
        directory.Dispose();
    }

    [Fact]
    public async Task LoadAsync_FirstStart_ReturnsNull()
    {
        Assert.Null(await sut.LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ThenLoadAfterReopen_ReturnsTheLatestSnapshotExactly()
    {
        await sut.SaveAsync(new StateSnapshot(1, 10, MarketTime, """{"condor":null}"""), CancellationToken.None);
        var latest = new StateSnapshot(2, 25, MarketTime + Duration.FromMinutes(1), """{"condor":{"shortPut":5700},"layers":[1,2]}""");
        await sut.SaveAsync(latest, CancellationToken.None);
        database.Dispose();

        using var reopened = directory.Open();
        var loaded = await new SqliteStateStore(reopened).LoadAsync(CancellationToken.None);

        Assert.Equal(latest, loaded);
    }

    [Fact]
    public async Task SaveAsync_WatermarkGoingBack_ThrowsAndKeepsStoredSnapshot()
    {
        await sut.SaveAsync(new StateSnapshot(1, 25, MarketTime, "{}"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            sut.SaveAsync(new StateSnapshot(1, 24, MarketTime, """{"stale":true}"""), CancellationToken.None));

        Assert.Contains("snapshot watermark 24 is below the stored watermark 25", error.Message, StringComparison.Ordinal);
        Assert.Equal("{}", (await sut.LoadAsync(CancellationToken.None))!.Payload);
    }

    [Fact]
    public async Task SaveAsync_SameWatermark_Replaces()
    {
        await sut.SaveAsync(new StateSnapshot(1, 25, MarketTime, "{}"), CancellationToken.None);

        await sut.SaveAsync(new StateSnapshot(1, 25, MarketTime, """{"again":1}"""), CancellationToken.None);

        Assert.Equal("""{"again":1}""", (await sut.LoadAsync(CancellationToken.None))!.Payload);
    }

    [Theory]
    [InlineData(0, 1, "{}", "format version is 0")]
    [InlineData(1, -1, "{}", "watermark is -1")]
    [InlineData(1, 1, "not json", "payload is not valid JSON")]
    public async Task SaveAsync_InvalidSnapshot_ThrowsNamingTheField(int formatVersion, long watermark, string payload, string expected)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            sut.SaveAsync(new StateSnapshot(formatVersion, watermark, MarketTime, payload), CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
