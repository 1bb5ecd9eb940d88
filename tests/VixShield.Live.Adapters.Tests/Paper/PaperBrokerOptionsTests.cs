using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Paper;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Adapters.Tests.Paper;

public class PaperBrokerOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoProblems() => Assert.Empty(new PaperBrokerOptions().Validate());

    [Fact]
    public void Validate_FillFractionBeyondTheTouch_NamesKeyValueAndRange()
    {
        var sut = new PaperBrokerOptions { FillSpreadFraction = 0.6m };

        var problem = Assert.Single(sut.Validate());

        Assert.Equal(("Execution:Paper:FillSpreadFraction", "0.6", "a number from 0 to 0.5"), problem);
    }

    [Fact]
    public void Validate_SeveralBadValues_ReportsEach()
    {
        var sut = new PaperBrokerOptions { AccountId = "DU1234567", SlippagePoints = -0.01m, PartialFillQuantity = -1, StartingCashDollars = 0m };

        var keys = sut.Validate().Select(problem => problem.Key).ToList();

        Assert.Equal(
            ["Execution:Paper:AccountId", "Execution:Paper:StartingCashDollars", "Execution:Paper:SlippagePoints", "Execution:Paper:PartialFillQuantity"],
            keys);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingTheKey()
    {
        var options = new PaperBrokerOptions { MinimumSyntheticSpread = 200m };

        var error = Assert.Throws<ArgumentException>(() => new PaperExecutionAdapter(
            options, new ScriptedPaperPriceSource(), new NyseTradingCalendar(), new ManualTimeProvider(Instant.FromUtc(2026, 3, 2, 15, 0)),
            System.Threading.Channels.Channel.CreateUnbounded<ExecutionEvent>().Writer));

        Assert.Contains("Execution:Paper:MinimumSyntheticSpread is '200'", error.Message, StringComparison.Ordinal);
    }
}
