namespace VixShield.Live.Comparison;

/// <summary>Default values of <c>vixshield compare</c>.</summary>
public static class ComparisonDefaults
{
    /// <summary>Account capital in dollars (the ALVH default).</summary>
    public const decimal Capital = 100_000m;

    /// <summary>Condors per day.</summary>
    public const int Quantity = 1;

    /// <summary>Largest quantity accepted: a guard against a mistyped number.</summary>
    public const int MaximumQuantity = 1_000;

    /// <summary>Trading days replayed before <c>--from</c> so the indicators behind ALVH (weekly MACD needs 35 weeks) are
    /// ready on the first counted day; condors of these days are not counted.</summary>
    public const int WarmUpTradingDays = 260;

    /// <summary>The ruleset files, relative to the working directory, else beside the executable.</summary>
    public const string RulesetFolder = "config/rulesets";

    /// <summary>The FOMC/CPI/PPI calendar used when <c>--events</c> is not given, found like <see cref="RulesetFolder"/>.</summary>
    public const string EconomicCalendarFile = "config/economic-calendar.csv";
}
