using VixShield.Live.Indicators.Signals;

namespace VixShield.Live.Indicators.Tests.Signals;

public sealed partial class MarketSignalsTests
{
    private static List<SignalChange> Drain(MarketSignals sut)
    {
        var changes = new List<SignalChange>();
        while (sut.TryDequeueChange(out var change))
        {
            changes.Add(change);
        }

        return changes;
    }

    [Fact]
    public void Constructor_InvalidOption_ThrowsNamingFieldValueAndAllowed()
    {
        var error = Assert.Throws<ArgumentException>(() => new MarketSignals(new MarketSignalsOptions { RsiPeriod = 1, TermStructureRecoveryRatio = 1.2 }));

        Assert.Contains("Signals:RsiPeriod is 1; allowed: a whole number of at least 2.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Signals:TermStructureRecoveryRatio is 1.2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDequeueChange_NothingHappened_ReturnsFalse()
    {
        var sut = new MarketSignals();

        Assert.False(sut.TryDequeueChange(out var change));
        Assert.Null(change);
    }
}
