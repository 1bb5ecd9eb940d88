using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

public sealed class TickPlausibilityFilterTests
{
    private const double TwentyPercent = 0.20;

    [Fact]
    public void Evaluate_MinusOne_IsNoData()
    {
        var sut = new TickPlausibilityFilter(TwentyPercent, 3);

        Assert.Equal(TickVerdict.NoData, sut.Evaluate(MarketSymbol.Spx, -1m));
        Assert.Equal(0m, sut.Reference(MarketSymbol.Spx));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.01")]
    [InlineData("-5")]
    public void Evaluate_ZeroOrNegative_IsNotPositive(string price)
    {
        var sut = new TickPlausibilityFilter(TwentyPercent, 3);

        Assert.Equal(TickVerdict.NotPositive, sut.Evaluate(MarketSymbol.Vix, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Evaluate_MoveOfExactlyTheFraction_IsAcceptedAndJustBeyondIsHeld()
    {
        var sut = new TickPlausibilityFilter(TwentyPercent, 3);

        var first = sut.Evaluate(MarketSymbol.Spx, 6000m);
        var atTheLimit = sut.Evaluate(MarketSymbol.Spx, 7200m);
        var beyond = sut.Evaluate(MarketSymbol.Spx, 8640.01m);

        Assert.Equal((TickVerdict.Accepted, TickVerdict.Accepted, TickVerdict.JumpHeld), (first, atTheLimit, beyond));
        Assert.Equal(7200m, sut.Reference(MarketSymbol.Spx));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Evaluate_JumpHeldUntilTheConfiguredConsecutiveTicks_ThenConfirmed(int confirmationTicks)
    {
        var sut = new TickPlausibilityFilter(TwentyPercent, confirmationTicks);
        sut.Evaluate(MarketSymbol.Vix, 16m);

        var verdicts = Enumerable.Range(0, confirmationTicks).Select(i => sut.Evaluate(MarketSymbol.Vix, 24m + i)).ToList();

        Assert.Equal([.. Enumerable.Repeat(TickVerdict.JumpHeld, confirmationTicks - 1), TickVerdict.JumpConfirmed], verdicts);
        Assert.Equal(24m + confirmationTicks - 1, sut.Reference(MarketSymbol.Vix));
        Assert.Equal(TickVerdict.Accepted, sut.Evaluate(MarketSymbol.Vix, 24m + confirmationTicks));
    }

    [Fact]
    public void Evaluate_TickBackNearTheReference_EndsAHeldSequence()
    {
        var sut = new TickPlausibilityFilter(TwentyPercent, 3);
        sut.Evaluate(MarketSymbol.Spx, 6000m);

        var verdicts = new[] { 7300m, 7310m, 6010m, 7300m, 7310m, 7320m }.Select(p => sut.Evaluate(MarketSymbol.Spx, p)).ToList();

        Assert.Equal(
            [TickVerdict.JumpHeld, TickVerdict.JumpHeld, TickVerdict.Accepted, TickVerdict.JumpHeld, TickVerdict.JumpHeld, TickVerdict.JumpConfirmed],
            verdicts);
    }

    [Fact]
    public void Evaluate_OutliersOnBothSides_NeverConfirm()
    {
        var sut = new TickPlausibilityFilter(TwentyPercent, 3);
        sut.Evaluate(MarketSymbol.Spx, 6000m);

        var verdicts = new[] { 7300m, 4500m, 7300m, 4500m, 7300m }.Select(p => sut.Evaluate(MarketSymbol.Spx, p)).ToList();

        Assert.All(verdicts, verdict => Assert.Equal(TickVerdict.JumpHeld, verdict));
        Assert.Equal(6000m, sut.Reference(MarketSymbol.Spx));
    }

    [Fact]
    public void Evaluate_Breadth_HasNoJumpCheck()
    {
        var sut = new TickPlausibilityFilter(TwentyPercent, 3);

        var verdicts = new[] { 40m, 900m, 1800m }.Select(p => sut.Evaluate(MarketSymbol.NyseAdvancing, p)).ToList();

        Assert.All(verdicts, verdict => Assert.Equal(TickVerdict.Accepted, verdict));
        Assert.Equal(TickVerdict.NoData, sut.Evaluate(MarketSymbol.NyseDeclining, -1m));
    }

    [Fact]
    public void SeedPriorClose_OnlyWithoutAReference_SetsIt()
    {
        var sut = new TickPlausibilityFilter(TwentyPercent, 3);

        sut.SeedPriorClose(MarketSymbol.Spx, 6550m);
        sut.SeedPriorClose(MarketSymbol.Spx, 100m);
        var farFromClose = sut.Evaluate(MarketSymbol.Spx, 8000m);

        Assert.Equal(TickVerdict.JumpHeld, farFromClose);
        Assert.Equal(6550m, sut.Reference(MarketSymbol.Spx));
    }

    [Theory]
    [InlineData(0.0, 3)]
    [InlineData(double.NaN, 3)]
    [InlineData(0.2, 0)]
    public void Constructor_InvalidSettings_Throws(double fraction, int ticks)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TickPlausibilityFilter(fraction, ticks));
    }
}
