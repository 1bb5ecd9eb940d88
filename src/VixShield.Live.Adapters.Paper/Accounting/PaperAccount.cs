using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Adapters.Paper.State;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Adapters.Paper.Accounting;

/// <summary>The paper account's books: cash, positions, and the day's fills and settlements for its statement.</summary>
/// <remarks>Cash moves only by fills (premium and fees) and settlements, so a statement's cash change is exactly the
/// sum of the entries it lists.</remarks>
internal sealed class PaperAccount(string accountId, decimal startingCash)
{
    private readonly Dictionary<Instrument, PaperPosition> positions = [];
    private readonly List<PaperPosition> positionOrder = [];
    private readonly List<OrderFilled> dayFills = [];
    private readonly List<PositionSettled> daySettlements = [];
    private decimal dayRealised;
    private decimal openingCash = startingCash;
    private decimal openingPositionValue;

    public decimal Cash { get; private set; } = startingCash;

    public IReadOnlyList<PaperPosition> Positions => positionOrder;

    public void ApplyFill(OrderFilled fill)
    {
        foreach (var leg in fill.Legs)
        {
            var position = GetOrAdd(leg.Instrument);
            dayRealised += position.Apply((leg.Side == OrderSide.Buy ? 1 : -1) * leg.Quantity, leg.Price);
            Cash += leg.CashAmount - leg.Fees;
            RemoveIfFlat(position);
        }

        dayFills.Add(fill);
    }

    public PositionSettled Settle(PaperPosition position, decimal settlementValue, Instant time)
    {
        var price = position.Instrument.SettlementPrice(settlementValue);
        var quantity = position.Quantity;
        var cash = quantity * price * position.Instrument.Multiplier;
        var realised = position.Apply(-quantity, price);
        dayRealised += realised;
        Cash += cash;
        RemoveIfFlat(position);
        var settled = new PositionSettled(accountId, time, position.Instrument, quantity, settlementValue, price, cash, realised);
        daySettlements.Add(settled);
        return settled;
    }

    /// <summary>Every open position, valued by <paramref name="mark"/> (null when it cannot be priced).</summary>
    public IReadOnlyList<PositionReport> Report(Func<Instrument, decimal?> mark)
    {
        var reports = new List<PositionReport>(positionOrder.Count);
        foreach (var position in positionOrder)
        {
            var price = mark(position.Instrument);
            var unrealised = price is { } value
                ? ((value * Math.Abs(position.Quantity)) - position.CostBasis) * Math.Sign(position.Quantity) * position.Instrument.Multiplier
                : 0m;
            reports.Add(new PositionReport(accountId, position.Instrument, position.Quantity, position.AveragePrice, price, unrealised, position.RealisedPnl));
        }

        return reports;
    }

    /// <summary>The statement of the day so far; <paramref name="closeDay"/> starts the next day from it.</summary>
    public AccountStatement Statement(LocalDate tradeDate, IReadOnlyList<PositionReport> marked, bool closeDay)
    {
        var closingPositionValue = marked.Sum(position => position.MarketValue);
        var statement = new AccountStatement(
            accountId, tradeDate, openingCash, Cash, openingPositionValue, closingPositionValue,
            [.. dayFills], [.. daySettlements], marked, dayRealised);
        if (closeDay)
        {
            openingCash = Cash;
            openingPositionValue = closingPositionValue;
            dayFills.Clear();
            daySettlements.Clear();
            dayRealised = 0m;
        }

        return statement;
    }

    public PaperAccountState CaptureState() => new(
        Cash,
        openingCash,
        openingPositionValue,
        dayRealised,
        [.. positionOrder.Select(static p => new PaperPositionState(p.Instrument, p.Quantity, p.CostBasis, p.RealisedPnl))],
        [.. dayFills],
        [.. daySettlements]);

    public void RestoreState(PaperAccountState state)
    {
        Cash = state.Cash;
        openingCash = state.OpeningCash;
        openingPositionValue = state.OpeningPositionValue;
        dayRealised = state.DayRealised;
        positions.Clear();
        positionOrder.Clear();
        foreach (var saved in state.Positions)
        {
            if (saved.Quantity == 0 || positions.ContainsKey(saved.Instrument))
            {
                throw new InvalidDataException($"the saved paper account lists {saved.Instrument} {(saved.Quantity == 0 ? "with quantity 0" : "twice")}");
            }

            var position = new PaperPosition(saved.Instrument);
            position.Restore(saved.Quantity, saved.CostBasis, saved.RealisedPnl);
            positions.Add(saved.Instrument, position);
            positionOrder.Add(position);
        }

        dayFills.Clear();
        dayFills.AddRange(state.DayFills);
        daySettlements.Clear();
        daySettlements.AddRange(state.DaySettlements);
    }

    private PaperPosition GetOrAdd(Instrument instrument)
    {
        if (!positions.TryGetValue(instrument, out var position))
        {
            position = new PaperPosition(instrument);
            positions.Add(instrument, position);
            positionOrder.Add(position);
        }

        return position;
    }

    private void RemoveIfFlat(PaperPosition position)
    {
        if (position.Quantity == 0)
        {
            positions.Remove(position.Instrument);
            positionOrder.Remove(position);
        }
    }
}
