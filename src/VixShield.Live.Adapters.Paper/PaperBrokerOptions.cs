using System.Globalization;
using VixShield.Live.Abstractions.Execution;

namespace VixShield.Live.Adapters.Paper;

/// <summary>Settings of the internal paper broker (configuration section <c>Execution:Paper</c>).</summary>
/// <remarks>Money in dollars, prices in index points per contract. Kept apart from the engine's <c>ExecutionOptions</c>
/// because adapters may not reference the engine.</remarks>
public sealed class PaperBrokerOptions
{
    public const string SectionName = "Execution:Paper";

    /// <summary>The paper account's id in events and reports. <value>The default is "PAPER".</value></summary>
    public string AccountId { get; set; } = PaperBrokerDefaults.AccountId;

    /// <summary>Cash the account starts with. <value>The default is 100000.</value></summary>
    public decimal StartingCashDollars { get; set; } = PaperBrokerDefaults.StartingCashDollars;

    /// <summary>Where between mid and the touch a leg fills: a buy at mid + fraction x spread, a sell at mid - fraction x
    /// spread; 0 fills at mid, 0.5 at the bid or ask. <value>The default is 0.25.</value></summary>
    public decimal FillSpreadFraction { get; set; } = PaperBrokerDefaults.FillSpreadFraction;

    /// <summary>Further adverse price per contract on every leg, in points (a sale never fills below zero).
    /// <value>The default is 0.</value></summary>
    public decimal SlippagePoints { get; set; } = PaperBrokerDefaults.SlippagePoints;

    /// <summary>Broker commission per SPXW or VIX option contract. <value>The default is 0.65.</value></summary>
    public decimal OptionCommissionPerContract { get; set; } = PaperBrokerDefaults.OptionCommissionPerContract;

    /// <summary>Exchange and regulatory fees per option contract. <value>The default is 0.50.</value></summary>
    public decimal OptionExchangeFeePerContract { get; set; } = PaperBrokerDefaults.OptionExchangeFeePerContract;

    /// <summary>Broker commission per VIX futures contract. <value>The default is 0.85.</value></summary>
    public decimal FutureCommissionPerContract { get; set; } = PaperBrokerDefaults.FutureCommissionPerContract;

    /// <summary>Exchange and regulatory fees per VIX futures contract. <value>The default is 1.50.</value></summary>
    public decimal FutureExchangeFeePerContract { get; set; } = PaperBrokerDefaults.FutureExchangeFeePerContract;

    /// <summary>Commission per ETP share. <value>The default is 0.005.</value></summary>
    public decimal ShareCommissionPerShare { get; set; } = PaperBrokerDefaults.ShareCommissionPerShare;

    /// <summary>Smallest commission of one ETP execution. <value>The default is 1.00.</value></summary>
    public decimal MinimumShareCommissionPerOrder { get; set; } = PaperBrokerDefaults.MinimumShareCommissionPerOrder;

    /// <summary>0 fills an order whole; a positive number fills at most this many units per matching pass, so larger
    /// orders fill in parts. <value>The default is 0 (partial fills off).</value></summary>
    public int PartialFillQuantity { get; set; } = PaperBrokerDefaults.PartialFillQuantity;

    /// <summary>Width of the synthetic spread <see cref="Pricing.ModelPaperPriceSource"/> quotes around a model price,
    /// as a fraction of that price (at least <see cref="MinimumSyntheticSpread"/>). <value>The default is 0.05.</value></summary>
    public decimal SyntheticSpreadFraction { get; set; } = PaperBrokerDefaults.SyntheticSpreadFraction;

    /// <summary>Narrowest synthetic spread, in points. <value>The default is 0.05.</value></summary>
    public decimal MinimumSyntheticSpread { get; set; } = PaperBrokerDefaults.MinimumSyntheticSpread;

    /// <summary>Every invalid setting, naming the key, its value and what is allowed; empty when valid.</summary>
    public IEnumerable<(string Key, string? Value, string Allowed)> Validate()
    {
        if (string.IsNullOrWhiteSpace(AccountId) || ExecutionAccounts.LooksLikeBrokerAccountNumber(AccountId))
        {
            yield return (Key(nameof(AccountId)), AccountId, "a non-empty name that does not look like a broker account number (letters then digits), such as PAPER");
        }

        foreach (var problem in Range(nameof(StartingCashDollars), StartingCashDollars, 1m, 1_000_000_000m))
        {
            yield return problem;
        }

        foreach (var problem in Range(nameof(FillSpreadFraction), FillSpreadFraction, 0m, 0.5m))
        {
            yield return problem;
        }

        foreach (var (name, value) in new[]
        {
            (nameof(SlippagePoints), SlippagePoints),
            (nameof(OptionCommissionPerContract), OptionCommissionPerContract),
            (nameof(OptionExchangeFeePerContract), OptionExchangeFeePerContract),
            (nameof(FutureCommissionPerContract), FutureCommissionPerContract),
            (nameof(FutureExchangeFeePerContract), FutureExchangeFeePerContract),
            (nameof(ShareCommissionPerShare), ShareCommissionPerShare),
            (nameof(MinimumShareCommissionPerOrder), MinimumShareCommissionPerOrder),
            (nameof(MinimumSyntheticSpread), MinimumSyntheticSpread),
        })
        {
            foreach (var problem in Range(name, value, 0m, 100m))
            {
                yield return problem;
            }
        }

        foreach (var problem in Range(nameof(SyntheticSpreadFraction), SyntheticSpreadFraction, 0m, 1m))
        {
            yield return problem;
        }

        if (PartialFillQuantity < 0)
        {
            yield return (Key(nameof(PartialFillQuantity)), PartialFillQuantity.ToString(CultureInfo.InvariantCulture), "0 (fill orders whole) or a positive number of units per fill");
        }
    }

    private static IEnumerable<(string Key, string? Value, string Allowed)> Range(string name, decimal value, decimal minimum, decimal maximum)
    {
        if (value < minimum || value > maximum)
        {
            yield return (Key(name), value.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"a number from {minimum} to {maximum}"));
        }
    }

    private static string Key(string name) => SectionName + ":" + name;
}
