using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Condors;

/// <summary>Chooses the Conservative 1DTE iron condor: shorts nearest the target |delta|, long wings a fixed width beyond.</summary>
/// <remarks>
/// <para>The expiry is the next SPXW expiry after the entry's New York date, so entering at the configured time on a
/// trading day gives a one-day-to-expiry condor (over a weekend or holiday, the next trading day's).</para>
/// <para>Strikes walk the grid outward from the forward. Each side takes, among the strikes whose model |delta| lies in
/// the band [<see cref="CondorSelectionOptions.MinimumDelta"/>, <see cref="CondorSelectionOptions.MaximumDelta"/>],
/// the one nearest <see cref="CondorSelectionOptions.TargetDelta"/>; a tie goes to the strike further out of the money
/// (the conservative one). When the grid has no strike in the band (a coarse grid around a tiny time to expiry, say),
/// the strike nearest the target is used and the proposal carries a <see cref="CondorWarning"/> saying so; a credit
/// outside the expected range likewise still proposes, with a warning.</para>
/// <para>Credit = the mid of the four legs: short put + short call - long put - long call, each a model price from
/// <see cref="SpxOptionModel"/> (broker mids can replace them later), rounded to 0.01.</para>
/// </remarks>
public sealed class CondorSelector
{
    private const int MaximumStrikeSteps = 4000;

    private static readonly LocalTime RegularClose = new(16, 0);

    private readonly CondorSelectionOptions options;
    private readonly SpxOptionModel model;
    private readonly SpxwExpiries expiries;

    public CondorSelector(CondorSelectionOptions options, SpxOptionModel model, SpxwExpiries expiries)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(expiries);
        options.ThrowIfInvalid();
        this.options = options;
        this.model = model;
        this.expiries = expiries;
    }

    public CondorSelectionOptions Options => options;

    /// <summary>When the condor is entered on <paramref name="tradeDate"/>: <see cref="CondorSelectionOptions.EntryTime"/>
    /// New York, except on an early-close day, where it is the same time before that day's close (15:30 becomes 12:30
    /// before a 13:00 close) so the entry still happens in the session. False on a day without a session.</summary>
    public bool TryGetEntryTime(LocalDate tradeDate, out Instant entryTime)
    {
        var session = expiries.Calendar.GetSession(tradeDate);
        if (session is null)
        {
            entryTime = default;
            return false;
        }

        var regular = tradeDate.At(options.EntryTime).InZoneLeniently(expiries.Calendar.Zone).ToInstant();
        entryTime = session.IsEarlyClose
            ? session.Close - (tradeDate.At(RegularClose).InZoneLeniently(expiries.Calendar.Zone).ToInstant() - regular)
            : regular;
        return true;
    }

    /// <summary>The proposal for an entry at <paramref name="entryTime"/>; false with a message when the inputs allow none.</summary>
    public bool TryPropose(
        Instant entryTime,
        decimal spx,
        in VolatilityIndexLevels levels,
        [NotNullWhen(true)] out CondorProposal? proposal,
        out string error)
    {
        proposal = null;
        var zone = expiries.Calendar.Zone;
        var entryDate = entryTime.InZone(zone).Date;
        if (!expiries.IsExpiry(entryDate))
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"{entryDate:uuuu-MM-dd} ({entryDate.DayOfWeek}) is not a trading day; a condor is entered on the trading day before its SPXW expiry.");
            return false;
        }

        if (spx <= 0m)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"SPX is {spx}; it must be a positive index level.");
            return false;
        }

        if (levels.Vix <= 0m || levels.Vix9d <= 0m || levels.Vix3m <= 0m || levels.Vix6m <= 0m || levels.Vvix <= 0m)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"Volatility indexes must be positive when present; got VIX {levels.Vix}, VIX9D {levels.Vix9d}, VIX3M {levels.Vix3m}, VIX6M {levels.Vix6m}, VVIX {levels.Vvix}.");
            return false;
        }

        proposal = Propose(entryTime, entryDate, spx, levels);
        error = string.Empty;
        return true;
    }

    /// <summary>The proposal for an entry at <paramref name="entryTime"/>.</summary>
    /// <exception cref="ArgumentException">The entry is not on a trading day, or a level is not positive.</exception>
    public CondorProposal Propose(Instant entryTime, decimal spx, in VolatilityIndexLevels levels) =>
        TryPropose(entryTime, spx, levels, out var proposal, out var error) ? proposal : throw new ArgumentException(error);

    private CondorProposal Propose(Instant entryTime, LocalDate entryDate, decimal spx, in VolatilityIndexLevels levels)
    {
        var expiry = expiries.NextExpiryAfter(entryDate);
        var settlement = expiries.SettlementTime(expiry);
        var years = YearFraction.Actual365(entryTime, settlement);
        var termStructure = new VolatilityTermStructure(levels);
        var spot = PriceConversion.ToModel(spx);
        var forward = model.VolatilityModel.Forward(spot, years);
        var atmVolatility = model.VolatilityModel.AtmVolatility(years, termStructure);

        var increment = options.StrikeIncrement;
        var forwardStrike = PriceConversion.ToPrice(forward);
        var shortPutStrike = NearestTargetStrike(OptionRight.Put, Math.Floor(forwardStrike / increment) * increment, -increment, spot, years, termStructure);
        var shortCallStrike = NearestTargetStrike(OptionRight.Call, Math.Ceiling(forwardStrike / increment) * increment, increment, spot, years, termStructure);

        var shortPut = Leg(OptionRight.Put, shortPutStrike, isShort: true, spx, years, termStructure);
        var shortCall = Leg(OptionRight.Call, shortCallStrike, isShort: true, spx, years, termStructure);
        var longPut = Leg(OptionRight.Put, shortPutStrike - options.WingWidth, isShort: false, spx, years, termStructure);
        var longCall = Leg(OptionRight.Call, shortCallStrike + options.WingWidth, isShort: false, spx, years, termStructure);

        var credit = Math.Round(shortPut.Price + shortCall.Price - longPut.Price - longCall.Price, 2, MidpointRounding.AwayFromZero);
        var condor = new IronCondor(expiry, longPut.Strike, shortPut.Strike, shortCall.Strike, longCall.Strike, options.Quantity, Math.Max(credit, 0m));
        var warnings = Warnings(shortPut, shortCall, condor.Credit);
        return new CondorProposal(entryTime, settlement, years, spx, forward, atmVolatility, longPut, shortPut, shortCall, longCall, condor, warnings);
    }

    private decimal NearestTargetStrike(OptionRight right, decimal start, decimal step, double spot, double years, in VolatilityTermStructure termStructure)
    {
        var bestStrike = start;
        var bestDistance = double.MaxValue;
        var bestInBand = false;
        var strike = start;
        for (var i = 0; i < MaximumStrikeSteps && strike > 0m; i++, strike += step)
        {
            var delta = Math.Abs(model.Evaluate(right, spot, PriceConversion.ToModel(strike), years, termStructure, out _).Delta);
            var distance = Math.Abs(delta - options.TargetDelta);
            var inBand = delta >= options.MinimumDelta && delta <= options.MaximumDelta;
            if ((inBand && !bestInBand) || (inBand == bestInBand && distance <= bestDistance))
            {
                bestDistance = distance;
                bestStrike = strike;
                bestInBand = inBand;
            }

            if (delta < options.MinimumDelta)
            {
                break;
            }
        }

        return bestStrike;
    }

    private CondorLeg Leg(OptionRight right, decimal strike, bool isShort, decimal spx, double years, in VolatilityTermStructure termStructure)
    {
        var valuation = model.Value(right, strike, spx, years, termStructure);
        return new CondorLeg(right, strike, isShort, valuation.Price, valuation.Delta, valuation.Volatility);
    }

    private List<CondorWarning> Warnings(in CondorLeg shortPut, in CondorLeg shortCall, decimal credit)
    {
        var warnings = new List<CondorWarning>();
        AddDeltaWarning(warnings, CondorWarningKind.ShortPutDeltaOutsideBand, "put", shortPut);
        AddDeltaWarning(warnings, CondorWarningKind.ShortCallDeltaOutsideBand, "call", shortCall);
        if (credit < options.MinimumExpectedCredit)
        {
            warnings.Add(new CondorWarning(CondorWarningKind.CreditBelowExpected, string.Create(
                CultureInfo.InvariantCulture,
                $"credit {credit} is below the expected {options.MinimumExpectedCredit}-{options.MaximumExpectedCredit} for a {options.WingWidth}-wide condor")));
        }
        else if (credit > options.MaximumExpectedCredit)
        {
            warnings.Add(new CondorWarning(CondorWarningKind.CreditAboveExpected, string.Create(
                CultureInfo.InvariantCulture,
                $"credit {credit} is above the expected {options.MinimumExpectedCredit}-{options.MaximumExpectedCredit} for a {options.WingWidth}-wide condor")));
        }

        return warnings;
    }

    private void AddDeltaWarning(List<CondorWarning> warnings, CondorWarningKind kind, string side, in CondorLeg leg)
    {
        var delta = Math.Abs(leg.Delta);
        if (delta < options.MinimumDelta || delta > options.MaximumDelta)
        {
            warnings.Add(new CondorWarning(kind, string.Create(
                CultureInfo.InvariantCulture,
                $"no {side} strike has |delta| in {options.MinimumDelta:0.00}-{options.MaximumDelta:0.00}; using the nearest to {options.TargetDelta:0.00}: {leg.Strike} at |delta| {delta:0.000}")));
        }
    }
}
