using System.Globalization;
using System.Text.Json;
using VixShield.Live.Abstractions.State.Json;
using VixShield.Live.Adapters.Paper.Matching;
using VixShield.Live.Adapters.Paper.State;

namespace VixShield.Live.Adapters.Paper;

/// <summary>The paper account's section of the engine snapshot: orders, positions, cash and the day so far.</summary>
public sealed partial class PaperExecutionAdapter
{
    public string StateKey => "paper-broker";

    public JsonElement CaptureState()
    {
        turn.Wait();
        try
        {
            var state = new PaperBrokerState(
                AccountId,
                statementSession.TradeDate,
                venueOrderSequence,
                fillSequence,
                [.. orders.Values.Select(o => new PaperOrderState(o.Order, o.VenueOrderId, o.AcceptedTime, o.ExpiresAt, o.ExpiryReason, o.Status,
                    o.FilledQuantity, o.FilledNetPoints, working.Contains(o)))],
                account.CaptureState());
            return JsonSerializer.SerializeToElement(state, StateJson.Options);
        }
        finally
        {
            turn.Release();
        }
    }

    public string RestoreState(JsonElement state)
    {
        PaperBrokerState saved;
        try
        {
            saved = state.Deserialize<PaperBrokerState>(StateJson.Options) ?? throw new InvalidDataException("the paper-broker section is null");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("the paper-broker section cannot be read: " + exception.Message, exception);
        }

        if (!string.Equals(saved.AccountId, AccountId, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"the saved paper account is '{saved.AccountId}', but Execution:Paper:AccountId is '{AccountId}'; set it back, or use another data directory for a new account");
        }

        var session = calendar.GetSession(saved.StatementTradeDate)
            ?? throw new InvalidDataException($"the saved paper statement date {saved.StatementTradeDate:yyyy-MM-dd} is not an NYSE trading day");
        turn.Wait();
        try
        {
            orders.Clear();
            working.Clear();
            foreach (var order in saved.Orders)
            {
                var restored = new PaperOrder(order.Order, order.VenueOrderId, order.AcceptedTime, order.ExpiresAt, order.ExpiryReason);
                restored.Restore(order.Status, order.FilledQuantity, order.FilledNetPoints);
                if (!orders.TryAdd(order.Order.ClientOrderId, restored))
                {
                    throw new InvalidDataException($"the saved paper orders list client order id {order.Order.ClientOrderId} twice");
                }

                if (order.IsWorking)
                {
                    working.Add(restored);
                }
            }

            account.RestoreState(saved.Account);
            statementSession = session;
            venueOrderSequence = saved.VenueOrderSequence;
            fillSequence = saved.FillSequence;
            return string.Create(CultureInfo.InvariantCulture,
                $"paper account {AccountId}: cash {account.Cash:0.00} dollars, {account.Positions.Count} position(s) ({DescribePositions()}), {working.Count} working order(s), {orders.Count} order(s) known");
        }
        finally
        {
            turn.Release();
        }
    }

    private string DescribePositions() =>
        account.Positions.Count == 0
            ? "none"
            : string.Join(", ", account.Positions.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Quantity:+0;-0} {p.Instrument}")));
}
