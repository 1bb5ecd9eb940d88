using VixShield.Live.Rules.Hedging;

namespace VixShield.Live.Configuration;

/// <summary>Settable mirror of <see cref="AlvhOptions"/> (an immutable record) for key-by-key binding.</summary>
public sealed class AlvhBinding
{
    private static readonly AlvhOptions Defaults = new();

    public string Ruleset { get; set; } = Defaults.Ruleset;

    public List<string>? ComparisonRulesets { get; set; }

    public string RulesetFolder { get; set; } = Defaults.RulesetFolder;

    public string EconomicCalendarFile { get; set; } = Defaults.EconomicCalendarFile;

    public decimal CapitalDollars { get; set; } = Defaults.CapitalDollars;

    public AlvhOptions ToOptions() => new()
    {
        Ruleset = Ruleset,
        ComparisonRulesets = ComparisonRulesets,
        RulesetFolder = RulesetFolder,
        EconomicCalendarFile = EconomicCalendarFile,
        CapitalDollars = CapitalDollars,
    };
}
