using VixShield.Live.Comparison;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Testing;

namespace VixShield.Live.Reports.Tests.Host.Comparison;

public class ComparisonRequestTests
{
    private static readonly string Spx = SharedData.Path("spx", "spx_daily_yahoo_GSPC_1927_2023.csv");
    private static readonly string Vix = SharedData.Path("vix", "vix_daily_cboe_1990_2026.csv");

    private static ComparisonArguments Valid() => new() { Spx = Spx, Vix = Vix, Output = Path.Combine(Path.GetTempPath(), "vixshield-compare-unused") };

    private static string SingleProblem(ComparisonArguments arguments)
    {
        Assert.False(ComparisonRequest.TryCreate(arguments, out var request, out var problems));
        Assert.Null(request);
        return Assert.Single(problems);
    }

    [Fact]
    public void TryCreate_ValidArguments_DefaultsForEverythingOptional()
    {
        Assert.True(ComparisonRequest.TryCreate(Valid() with { Events = RepositoryPaths.Path("config", "economic-calendar.csv") }, out var sut, out var problems));

        Assert.Empty(problems);
        Assert.Equal([("--spx", MarketSymbol.Spx), ("--vix", MarketSymbol.Vix)], sut!.Inputs.Select(i => (i.Option, i.Symbol)));
        Assert.Equal(100_000m, sut.Capital);
        Assert.Equal(1, sut.Quantity);
        Assert.Equal(["signal-layers", "ladder-442"], sut.Rulesets.Select(r => r.Name));
        Assert.Equal("economic-calendar.csv", sut.EconomicCalendarDescription);
        Assert.NotEmpty(sut.EconomicCalendar.Events);
    }

    [Fact]
    public void TryCreate_NoSpx_NamesTheOption()
    {
        Assert.StartsWith("--spx is required", SingleProblem(Valid() with { Spx = null }), StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_MissingFile_NamesOptionAndFile()
    {
        var problem = SingleProblem(Valid() with { Vix9d = "/no/such/vix9d.csv" });

        Assert.StartsWith("--vix9d: file '/no/such/vix9d.csv' does not exist", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_AdvancingWithoutDeclining_ExplainsTheyGoTogether()
    {
        var problem = SingleProblem(Valid() with { Advancing = SharedData.Path("breadth", "nyse_ADV_advancing_issues_1991_2026.csv") });

        Assert.StartsWith("--adv and --decl go together", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2020/01/02", null)]
    [InlineData("--to", null, "yesterday")]
    public void TryCreate_BadDate_NamesOptionAndValue(string option, string? from, string? to)
    {
        var problem = SingleProblem(Valid() with { From = from, To = to });

        Assert.StartsWith(option + " '" + (from ?? to) + "' is not a date; expected yyyy-MM-dd", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_ToBeforeFrom_Refused()
    {
        Assert.Contains("is not after --from", SingleProblem(Valid() with { From = "2020-03-01", To = "2020-02-01" }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--capital", "0")]
    [InlineData("--capital", "1e5")]
    [InlineData("--quantity", "0")]
    [InlineData("--quantity", "1.5")]
    public void TryCreate_BadSize_NamesOptionValueAndRange(string option, string value)
    {
        var arguments = option == "--capital" ? Valid() with { Capital = value } : Valid() with { Quantity = value };

        Assert.StartsWith($"{option} '{value}' is not valid; expected", SingleProblem(arguments), StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_UnknownRuleset_ListsTheAvailableOnes()
    {
        var problem = SingleProblem(Valid() with { Rulesets = ["ladder-999"] });

        Assert.StartsWith("--ruleset 'ladder-999'", problem, StringComparison.Ordinal);
        Assert.Contains("signal-layers", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_SeveralProblems_ReportsEveryOne()
    {
        Assert.False(ComparisonRequest.TryCreate(new ComparisonArguments { Quantity = "x" }, out _, out var problems));

        Assert.Equal(4, problems.Count); // --spx, --vix, --quantity, --out
    }
}
