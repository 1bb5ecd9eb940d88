using System.Globalization;

namespace VixShield.Live.Engine.Execution;

/// <summary>Which execution adapter runs and the safety limits in front of it (configuration section <c>Execution</c>).</summary>
/// <remarks>The paper broker's own settings (fees, spreads, starting cash) are <c>Execution:Paper</c>, bound to the
/// paper adapter's options class, because adapters may not reference the engine.</remarks>
public sealed class ExecutionOptions
{
    public const string SectionName = "Execution";
    public const string AlertsOnlyAdapter = "alerts-only";
    public const string PaperAdapter = "paper";
    public const string InteractiveBrokersAdapter = "ib";

    /// <summary><c>alerts-only</c> (decisions become alerts, nothing is sent), <c>paper</c> (the internal paper broker)
    /// or <c>ib</c> (Interactive Brokers). <value>The default is "alerts-only".</value></summary>
    public string Adapter { get; set; } = ExecutionDefaults.Adapter;

    /// <summary>Lets orders reach a non-paper (real money) account. <value>The default is false.</value></summary>
    public bool AllowLiveAccount { get; set; } = ExecutionDefaults.AllowLiveAccount;

    /// <summary>Most orders let through in any 60 seconds of market time. <value>The default is 10.</value></summary>
    public int MaxOrdersPerMinute { get; set; } = ExecutionDefaults.MaxOrdersPerMinute;

    /// <summary>Most hedge layers open (or being opened) at once. <value>The default is 3.</value></summary>
    public int MaxOpenLayers { get; set; } = ExecutionDefaults.MaxOpenLayers;

    /// <summary>Most premium committed to open hedge layers, as a percentage of <see cref="CapitalDollars"/>.
    /// <value>The default is 3.</value></summary>
    public decimal MaxHedgePremiumPercentOfCapital { get; set; } = ExecutionDefaults.MaxHedgePremiumPercentOfCapital;

    /// <summary>Most option or futures contracts on any one leg of an order. <value>The default is 20.</value></summary>
    public int MaxContractsPerOrder { get; set; } = ExecutionDefaults.MaxContractsPerOrder;

    /// <summary>Most ETP shares in one order. <value>The default is 1000.</value></summary>
    public int MaxSharesPerOrder { get; set; } = ExecutionDefaults.MaxSharesPerOrder;

    /// <summary>Account capital the percentage limits apply to. <value>The default is 100000.</value></summary>
    public decimal CapitalDollars { get; set; } = ExecutionDefaults.CapitalDollars;

    /// <summary>Starts with the kill switch on: working orders are cancelled and nothing new is sent.
    /// <value>The default is false.</value></summary>
    public bool KillSwitch { get; set; } = ExecutionDefaults.KillSwitch;

    /// <summary>Capacity of the order command channel; when full, the decision loop waits (nothing is dropped).
    /// <value>The default is 256.</value></summary>
    public int CommandCapacity { get; set; } = ExecutionDefaults.CommandCapacity;

    /// <summary>Capacity of the execution event channel; when full, adapters wait (nothing is dropped).
    /// <value>The default is 4096.</value></summary>
    public int EventCapacity { get; set; } = ExecutionDefaults.EventCapacity;

    /// <summary>The most premium open hedges may hold, in dollars.</summary>
    public decimal MaxHedgePremiumDollars => CapitalDollars * MaxHedgePremiumPercentOfCapital / 100m;

    /// <summary>Every invalid setting, naming the key, its value and what is allowed; empty when valid.</summary>
    public IEnumerable<(string Key, string? Value, string Allowed)> Validate()
    {
        if (Adapter is not (AlertsOnlyAdapter or PaperAdapter or InteractiveBrokersAdapter))
        {
            yield return (Key(nameof(Adapter)), Adapter, $"one of: {AlertsOnlyAdapter}, {PaperAdapter}, {InteractiveBrokersAdapter}");
        }

        foreach (var problem in new[]
        {
            Whole(nameof(MaxOrdersPerMinute), MaxOrdersPerMinute, 1, 1_000),
            Whole(nameof(MaxOpenLayers), MaxOpenLayers, 0, 20),
            Whole(nameof(MaxContractsPerOrder), MaxContractsPerOrder, 1, 10_000),
            Whole(nameof(MaxSharesPerOrder), MaxSharesPerOrder, 1, 1_000_000),
            Whole(nameof(CommandCapacity), CommandCapacity, 1, 1_000_000),
            Whole(nameof(EventCapacity), EventCapacity, 1, 1_000_000),
            Money(nameof(MaxHedgePremiumPercentOfCapital), MaxHedgePremiumPercentOfCapital, 0m, 100m),
            Money(nameof(CapitalDollars), CapitalDollars, 1m, 1_000_000_000m),
        })
        {
            if (problem is { } found)
            {
                yield return found;
            }
        }
    }

    private static (string Key, string? Value, string Allowed)? Whole(string name, int value, int minimum, int maximum) =>
        value < minimum || value > maximum
            ? (Key(name), value.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"a whole number from {minimum} to {maximum}"))
            : null;

    private static (string Key, string? Value, string Allowed)? Money(string name, decimal value, decimal minimum, decimal maximum) =>
        value < minimum || value > maximum
            ? (Key(name), value.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"a number from {minimum} to {maximum}"))
            : null;

    private static string Key(string name) => SectionName + ":" + name;
}
