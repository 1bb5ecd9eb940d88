using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Rules.Rulesets;
using VixShield.Live.Testing;

namespace VixShield.Live.Rules.Tests.Hedging;

public sealed class AlvhOptionsTests
{
    public static TheoryData<AlvhOptions, string> InvalidOptions => new()
    {
        { new AlvhOptions { Ruleset = "../x" }, "Alvh:Ruleset is '../x'; allowed: 1 to 64 characters from letters, digits, - and _" },
        { new AlvhOptions { ComparisonRulesets = ["signal-layers", "bad name"] }, "Alvh:ComparisonRulesets:1 is 'bad name'; allowed:" },
        { new AlvhOptions { RulesetFolder = " " }, "Alvh:RulesetFolder is empty; allowed: a folder path such as config/rulesets" },
        { new AlvhOptions { EconomicCalendarFile = "" }, "Alvh:EconomicCalendarFile is empty; allowed: a CSV file path such as config/economic-calendar.csv" },
        { new AlvhOptions { CapitalDollars = 0m }, "Alvh:CapitalDollars is 0; allowed: more than 0 and at most 1000000000 dollars" },
        { new AlvhOptions { CapitalDollars = 5_000_000_000m }, "Alvh:CapitalDollars is 5000000000; allowed:" },
    };

    [Fact]
    public void Validate_Defaults_HasNoProblems()
    {
        var sut = new AlvhOptions();

        Assert.Empty(sut.Validate());
        Assert.Equal("signal-layers", sut.Ruleset);
        Assert.Equal(["signal-layers", "ladder-442"], sut.EffectiveComparisonRulesets);
        Assert.Equal(100_000m, sut.CapitalDollars);
        Assert.Equal("Alvh", AlvhOptions.SectionName);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_InvalidSetting_NamesKeyValueAndAllowed(AlvhOptions sut, string expected)
    {
        var problems = sut.Validate();

        Assert.Contains(problems, problem => problem.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateFiles_ShippedConfiguration_HasNoProblems()
    {
        var sut = new AlvhOptions();

        Assert.Empty(sut.ValidateFiles(RepositoryPaths.RepositoryRoot));
    }

    [Fact]
    public void ValidateFiles_MissingFiles_ReportsEachOne()
    {
        var sut = new AlvhOptions { Ruleset = "no-such-preset", EconomicCalendarFile = "config/missing.csv" };

        var problems = sut.ValidateFiles(RepositoryPaths.RepositoryRoot);

        Assert.Contains(problems, problem => problem.StartsWith("Alvh:Ruleset is 'no-such-preset', but Alvh:RulesetFolder 'config/rulesets' (relative to ", StringComparison.Ordinal)
            && problem.EndsWith("has no no-such-preset.json; allowed: one of the rulesets in that folder: ladder-442, signal-layers", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("Alvh:EconomicCalendarFile: The economic calendar file", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateFiles_RulesetFolderMissing_NamesTheKeyAndValueOnce()
    {
        var sut = new AlvhOptions { RulesetFolder = "config/no-such-folder" };

        var problems = sut.ValidateFiles(RepositoryPaths.RepositoryRoot);

        var problem = Assert.Single(problems);
        Assert.StartsWith($"Alvh:RulesetFolder is 'config/no-such-folder' (relative to {RepositoryPaths.RepositoryRoot}), which is not a folder; allowed:", problem, StringComparison.Ordinal);
        Assert.Equal(problem.IndexOf("no-such-folder", StringComparison.Ordinal), problem.LastIndexOf("no-such-folder", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateFiles_ComparisonRulesetMissing_NamesItsKey()
    {
        var sut = new AlvhOptions { ComparisonRulesets = ["signal-layers", "no-such-preset"] };

        var problems = sut.ValidateFiles(RepositoryPaths.RepositoryRoot);

        var problem = Assert.Single(problems);
        Assert.StartsWith("Alvh:ComparisonRulesets:1 is 'no-such-preset', but Alvh:RulesetFolder 'config/rulesets'", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "signal-layers")]
    [InlineData("ladder-442", "ladder-442")]
    public void Create_FromConfiguration_LoadsTheNamedRuleset(string? name, string expected)
    {
        var sut = AlvhEngine.Create(new AlvhOptions(), new PricingOptions(), new NyseTradingCalendar(), RepositoryPaths.RepositoryRoot, name);

        Assert.Equal(expected, sut.Ruleset.Name);
        Assert.Equal("alvh-" + expected, sut.StrategyName);
    }

    [Fact]
    public void Create_InvalidOptions_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => AlvhEngine.Create(new AlvhOptions { CapitalDollars = -1m }, new PricingOptions(), new NyseTradingCalendar(), RepositoryPaths.RepositoryRoot));

        Assert.Contains("Alvh:CapitalDollars is -1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MissingRuleset_ThrowsRulesetException()
    {
        Assert.Throws<RulesetException>(() => AlvhEngine.Create(new AlvhOptions { Ruleset = "missing" }, new PricingOptions(), new NyseTradingCalendar(), RepositoryPaths.RepositoryRoot));
    }
}
