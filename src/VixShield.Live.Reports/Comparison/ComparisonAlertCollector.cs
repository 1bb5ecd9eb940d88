using System.Globalization;
using NodaTime.Text;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Reports.Comparison;

/// <summary>Turns the daemon's alerts into <see cref="ComparisonDay"/>s: one per <c>comparison.daily</c> alert, joined with
/// the strikes of the <c>condor.proposed</c> alert of the same expiry.</summary>
/// <remarks>
/// <para>The arms are data-driven: every value named <c>&lt;key&gt;_pnl</c> is an arm, with optional
/// <c>&lt;key&gt;_max_drawdown</c>, <c>&lt;key&gt;_stopped</c>, <c>&lt;key&gt;_layers_opened</c> and
/// <c>&lt;key&gt;_hedge_cost</c> beside it. The alert carries index points per condor; every amount is multiplied by
/// <see cref="DollarsPerPoint"/> (100 x the number of condors).</para>
/// <para>A <c>comparison.daily</c> alert without its expiry, SPX close, credit or settlement value is a defect of the
/// engine, not of the market data, so it throws rather than leave a day out silently.</para>
/// </remarks>
public sealed class ComparisonAlertCollector
{
    public const string ComparisonType = "comparison.daily";
    public const string ProposalType = "condor.proposed";
    public const string SkippedType = "condor.skipped";
    public const string UnsettledType = "condor.unsettled";

    private const string ProfitAndLossSuffix = "_pnl";

    private readonly Dictionary<string, CondorStrikes> proposals = new(StringComparer.Ordinal);
    private readonly List<ComparisonDay> days = [];
    private readonly List<string> skipped = [];
    private int unsettled;

    /// <param name="dollarsPerPoint">Dollars per index point of the whole position: 100 x the number of condors.</param>
    public ComparisonAlertCollector(decimal dollarsPerPoint)
    {
        if (dollarsPerPoint <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(dollarsPerPoint), dollarsPerPoint, "must be a positive number of dollars per index point");
        }

        DollarsPerPoint = dollarsPerPoint;
    }

    public decimal DollarsPerPoint { get; }

    /// <summary>The days collected so far, in the order their alerts arrived (expiry order for one run).</summary>
    public IReadOnlyList<ComparisonDay> Days => days;

    /// <summary>The reasons of <c>condor.skipped</c> alerts: entry days on which no condor could be opened.</summary>
    public IReadOnlyList<string> SkippedEntries => skipped;

    /// <summary>Condors that expired without an SPX close to settle them (<c>condor.unsettled</c>).</summary>
    public int UnsettledCount => unsettled;

    /// <summary>Takes one alert; returns true when it completed a day. Alerts of other types are ignored.</summary>
    /// <exception cref="InvalidDataException">A <c>comparison.daily</c> or <c>condor.proposed</c> alert lacks a value it must carry.</exception>
    public bool Add(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        switch (alert.Type)
        {
            case ProposalType:
                proposals[RequireText(alert, "expiry")] = new CondorStrikes(
                    RequireNumber(alert, "long_put"),
                    RequireNumber(alert, "short_put"),
                    RequireNumber(alert, "short_call"),
                    RequireNumber(alert, "long_call"),
                    RequireNumber(alert, "spx"));
                return false;
            case SkippedType:
                skipped.Add(alert.Reason);
                return false;
            case UnsettledType:
                unsettled++;
                return false;
            case ComparisonType:
                days.Add(ReadDay(alert));
                return true;
            default:
                return false;
        }
    }

    private ComparisonDay ReadDay(Alert alert)
    {
        var expiryText = RequireText(alert, "expiry");
        var parsed = LocalDatePattern.Iso.Parse(expiryText);
        if (!parsed.Success)
        {
            throw Invalid(alert, $"its expiry '{expiryText}' is not a yyyy-MM-dd date");
        }

        var dayArms = new List<ArmDay>();
        foreach (var value in alert.Values)
        {
            if (!value.Name.EndsWith(ProfitAndLossSuffix, StringComparison.Ordinal) || value.Name.Length == ProfitAndLossSuffix.Length)
            {
                continue;
            }

            var key = value.Name[..^ProfitAndLossSuffix.Length];
            dayArms.Add(new ArmDay(
                key,
                Number(alert, value) * DollarsPerPoint,
                (OptionalNumber(alert, key + "_max_drawdown") ?? 0m) * DollarsPerPoint,
                OptionalFlag(alert, key + "_stopped"),
                (int)(OptionalNumber(alert, key + "_layers_opened") ?? 0m),
                (OptionalNumber(alert, key + "_hedge_cost") ?? 0m) * DollarsPerPoint));
        }

        if (dayArms.Count == 0)
        {
            throw Invalid(alert, "it has no <strategy>_pnl value");
        }

        proposals.Remove(expiryText, out var strikes);
        return new ComparisonDay(
            parsed.Value,
            RequireNumber(alert, "spx_close"),
            RequireNumber(alert, "credit"),
            RequireNumber(alert, "settlement_value"),
            strikes,
            dayArms);
    }

    private static AlertValue? FindValue(Alert alert, string name)
    {
        foreach (var value in alert.Values)
        {
            if (value.Name == name)
            {
                return value;
            }
        }

        return null;
    }

    private static string RequireText(Alert alert, string name) =>
        FindValue(alert, name) is { Kind: AlertValueKind.Text, Text: { } text } ? text : throw Invalid(alert, $"it has no text value '{name}'");

    private static decimal RequireNumber(Alert alert, string name) =>
        OptionalNumber(alert, name) ?? throw Invalid(alert, $"it has no numeric value '{name}'");

    private static decimal? OptionalNumber(Alert alert, string name) =>
        FindValue(alert, name) is { } value ? Number(alert, value) : null;

    private static decimal Number(Alert alert, AlertValue value) => value.Kind switch
    {
        AlertValueKind.Decimal => value.Money,
        AlertValueKind.Double when double.IsFinite(value.Number) => (decimal)value.Number,
        _ => throw Invalid(alert, $"its value '{value.Name}' is {value.Kind} '{value.FormatValue()}', not a finite number"),
    };

    private static bool OptionalFlag(Alert alert, string name) =>
        FindValue(alert, name) is { Kind: AlertValueKind.Boolean } value && value.Flag;

    private static InvalidDataException Invalid(Alert alert, string problem) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"{alert.Type} alert #{alert.Sequence} at {alert.EventTime} cannot be read: {problem}"));
}
