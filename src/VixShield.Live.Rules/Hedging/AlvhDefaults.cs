namespace VixShield.Live.Rules.Hedging;

/// <summary>Default values of <see cref="AlvhOptions"/>.</summary>
public static class AlvhDefaults
{
    /// <summary>Preset A, the signal-triggered layers (spec section 4).</summary>
    public const string Ruleset = "signal-layers";

    /// <summary>The presets the daily comparison runs (spec: "The comparison report runs both").</summary>
    public static IReadOnlyList<string> ComparisonRulesets { get; } = ["signal-layers", "ladder-442"];

    /// <summary>Relative to the content root (the working directory of the daemon).</summary>
    public const string RulesetFolder = "config/rulesets";

    public const string EconomicCalendarFile = "config/economic-calendar.csv";

    /// <summary>Account capital the budgets and the premium cap are fractions of: 100,000 dollars.</summary>
    public const decimal CapitalDollars = 100_000m;
}
