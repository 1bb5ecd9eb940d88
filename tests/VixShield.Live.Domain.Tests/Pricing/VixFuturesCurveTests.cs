using System.Globalization;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Testing;

namespace VixShield.Live.Domain.Tests.Pricing;

public sealed class VixFuturesCurveTests
{
    private static VixFuturesCurve SnapshotCurve()
    {
        // CBOE VX settlement snapshot (weeklies and monthlies) of July 2026; columns expiration_date,symbol,settlement.
        var quotes = File.ReadLines(SharedData.Path("vix", "vx_futures_curve_snapshot_2026-07.csv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Select(fields => new VixFuturesQuote(
                LocalDatePattern.Iso.Parse(fields[0]).Value,
                decimal.Parse(fields[2], CultureInfo.InvariantCulture)));
        return new VixFuturesCurve(quotes);
    }

    [Fact]
    public void TryGetLevel_QuotedExpiry_ReturnsTheSettlement()
    {
        var sut = SnapshotCurve();

        Assert.True(sut.TryGetLevel(new LocalDate(2026, 10, 21), out var level));
        Assert.Equal(20.9009m, level);
    }

    [Fact]
    public void TryGetLevel_BetweenQuotes_InterpolatesByCalendarDays()
    {
        var sut = SnapshotCurve();

        // 2026-10-21 at 20.9009 and 2026-11-18 at 21.1439 are 28 days apart; 2026-11-04 is halfway.
        Assert.True(sut.TryGetLevel(new LocalDate(2026, 11, 4), out var level));
        Assert.Equal((20.9009m + 21.1439m) / 2m, level);
    }

    [Fact]
    public void TryGetLevel_OutsideQuotedRange_ReturnsFalse()
    {
        var sut = SnapshotCurve();

        Assert.False(sut.TryGetLevel(new LocalDate(2026, 7, 1), out _));
        Assert.False(sut.TryGetLevel(new LocalDate(2027, 6, 16), out _));
    }

    [Fact]
    public void Constructor_DuplicateExpiry_ThrowsNamingIt()
    {
        var expiry = new LocalDate(2026, 9, 16);

        var error = Assert.Throws<ArgumentException>(() => new VixFuturesCurve([new(expiry, 20m), new(expiry, 21m)]));

        Assert.Contains("2026-09-16", error.Message, StringComparison.Ordinal);
    }
}
