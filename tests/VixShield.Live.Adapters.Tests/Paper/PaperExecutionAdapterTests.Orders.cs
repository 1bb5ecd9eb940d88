using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Testing;

namespace VixShield.Live.Adapters.Tests.Paper;

public partial class PaperExecutionAdapterTests
{
    [Fact]
    public async Task SubmitAsync_BuyLimitBelowFillPrice_WorksUntilThePriceAllowsThenFills()
    {
        var broker = new PaperBroker();

        await broker.Buy(PaperBroker.VixCall, 1, limit: 1.00m, TimeInForce.GoodTillCancelled);
        await broker.Sut.ProcessMarketAsync(CancellationToken.None);
        var stillWorking = Assert.Single(await broker.Sut.GetOpenOrdersAsync(CancellationToken.None));
        broker.Prices.Set(PaperBroker.VixCall, 0.85m, 0.95m);
        broker.Time.Advance(TimeSpan.FromMinutes(1));
        await broker.Sut.ProcessMarketAsync(CancellationToken.None);

        Assert.Equal(OrderStatus.Working, stillWorking.Status);
        var fill = Assert.Single(broker.Fills);
        Assert.Equal(0.925m, fill.NetPrice);
        Assert.Equal(broker.Time.GetUtcNow(), fill.EventTime.ToDateTimeOffset());
        Assert.Empty(await broker.Sut.GetOpenOrdersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SubmitAsync_SellLimitAboveFillPrice_WorksUntilBidsRise()
    {
        var broker = new PaperBroker();

        await broker.Sell(PaperBroker.VixCall, 1, limit: 1.50m);
        Assert.Empty(broker.Fills);
        broker.Prices.Set(PaperBroker.VixCall, 1.60m, 1.80m);
        await broker.Sut.ProcessMarketAsync(CancellationToken.None);

        Assert.Equal(1.65m, Assert.Single(broker.Fills).Legs[0].Price);
    }

    [Fact]
    public async Task SubmitAsync_CondorCreditAboveWhatTheMarketPays_Works()
    {
        var broker = new PaperBroker();

        await broker.SellCondor(minimumCredit: 0.45m);

        Assert.Empty(broker.Fills);
        var open = Assert.Single(await broker.Sut.GetOpenOrdersAsync(CancellationToken.None));
        Assert.Equal(4, open.Order.Legs.Count);
        Assert.Equal(-0.45m, open.Order.NetPriceLimit);
    }

    [Fact]
    public async Task SubmitAsync_ImmediateOrCancelNotMarketable_CancelledAtOnce()
    {
        var broker = new PaperBroker();

        var acknowledgement = await broker.Buy(PaperBroker.VixCall, 1, limit: 1.00m, TimeInForce.ImmediateOrCancel);

        Assert.Equal(AcknowledgementStatus.Accepted, acknowledgement.Status);
        Assert.Collection(broker.Events,
            e => Assert.IsType<OrderAccepted>(e),
            e => Assert.Contains("immediate-or-cancel", Assert.IsType<OrderCancelled>(e).Reason, StringComparison.Ordinal));
        Assert.Empty(await broker.Sut.GetOpenOrdersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ProcessMarketAsync_AtTheClose_DayOrderExpiresBeforeTheStatementAndGoodTillCancelledStays()
    {
        var broker = new PaperBroker();
        await broker.Buy(PaperBroker.VixCall, 1, limit: 1.00m);
        await broker.Buy(PaperBroker.VixCall, 1, limit: 0.90m, TimeInForce.GoodTillCancelled);

        await broker.AdvanceTo(Some.NewYork(2026, 3, 2, 16, 0));

        var afterAcceptance = broker.Events.SkipWhile(e => e is OrderAccepted).ToList();
        Assert.Collection(afterAcceptance,
            e => Assert.Contains("day order expired", Assert.IsType<OrderCancelled>(e).Reason, StringComparison.Ordinal),
            e => Assert.Equal(PaperBroker.Monday, Assert.IsType<AccountStatementIssued>(e).Statement.TradeDate));
        Assert.Equal("t-2", Assert.Single(await broker.Sut.GetOpenOrdersAsync(CancellationToken.None)).ClientOrderId.Value);
    }

    [Fact]
    public async Task SubmitAsync_WhileTheMarketIsClosed_WorksUntilTheOpen()
    {
        var broker = new PaperBroker(start: Some.NewYork(2026, 3, 2, 8, 0));

        await broker.Buy(PaperBroker.VixCall, 1, limit: 1.50m);
        Assert.Empty(broker.Fills);
        await broker.AdvanceTo(Some.NewYork(2026, 3, 2, 9, 30));

        var fill = Assert.Single(broker.Fills);
        Assert.Equal(Some.NewYork(2026, 3, 2, 9, 30), fill.EventTime);
    }

    [Fact]
    public async Task SubmitAsync_SpxwExpiryOnAWeekend_RejectedNamingTheDate()
    {
        var broker = new PaperBroker();

        var acknowledgement = await broker.Buy(Instrument.SpxwOption(new LocalDate(2026, 3, 7), OptionRight.Put, 6700m), 1, limit: 1m);

        Assert.Equal(AcknowledgementStatus.Rejected, acknowledgement.Status);
        Assert.Contains("2026-03-07", acknowledgement.Reason, StringComparison.Ordinal);
        Assert.Contains("not a trading day", acknowledgement.Reason, StringComparison.Ordinal);
        Assert.Empty(broker.Events);
    }

    [Fact]
    public async Task SubmitAsync_VixDateThatIsNoVixExpiry_RejectedNamingTheRealOne()
    {
        var broker = new PaperBroker();
        var wrongDay = Instrument.VixOption(new LocalDate(2026, 4, 16), OptionRight.Call, 22m);
        broker.Prices.Set(wrongDay, 1m, 1.2m);

        var acknowledgement = await broker.Buy(wrongDay, 1, limit: 2m);

        Assert.Equal(AcknowledgementStatus.Rejected, acknowledgement.Status);
        Assert.Contains("not a monthly VIX expiry", acknowledgement.Reason, StringComparison.Ordinal);
        Assert.Contains("2026-05-19", acknowledgement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAsync_VixOptionOnItsExpiryMorning_RejectedBecauseTradingEndedTheDayBefore()
    {
        var march = Instrument.VixOption(new LocalDate(2026, 3, 18), OptionRight.Call, 20m);
        var broker = new PaperBroker(start: Some.NewYork(2026, 3, 18, 10, 0));
        broker.Prices.Set(march, 1m, 1.2m);

        var acknowledgement = await broker.Buy(march, 1, limit: 2m);

        Assert.Equal(AcknowledgementStatus.Rejected, acknowledgement.Status);
        Assert.Contains("stopped trading", acknowledgement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAsync_NoQuote_RejectedAndTheIdStaysFreeForALaterSubmit()
    {
        var broker = new PaperBroker();
        var etp = Instrument.ExchangeTradedProduct("UVXY");
        var order = SubmitOrder.Single(ClientOrderId.From("etp-1"), etp, OrderSide.Buy, 100, 30m);

        var refused = await broker.SubmitAsync(order);
        broker.Prices.Set(etp, 25m, 25.04m);
        var accepted = await broker.SubmitAsync(order);

        Assert.Equal(AcknowledgementStatus.Rejected, refused.Status);
        Assert.Contains("no quote", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("UVXY", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(AcknowledgementStatus.Accepted, accepted.Status);
        Assert.Single(broker.Fills);
    }

    [Fact]
    public async Task SubmitAsync_WorkingOrderLosesItsQuote_KeepsWorkingUntilPricedAgain()
    {
        var broker = new PaperBroker();
        await broker.Buy(PaperBroker.VixCall, 1, limit: 1.00m, TimeInForce.GoodTillCancelled);

        broker.Prices.Remove(PaperBroker.VixCall);
        await broker.Sut.ProcessMarketAsync(CancellationToken.None);
        var working = await broker.Sut.GetOpenOrdersAsync(CancellationToken.None);
        broker.Prices.Set(PaperBroker.VixCall, 0.80m, 0.90m);
        await broker.Sut.ProcessMarketAsync(CancellationToken.None);

        Assert.Single(working);
        Assert.Single(broker.Fills);
    }

    [Fact]
    public async Task CancelAsync_FilledOrder_RejectedAsAlreadyFilled()
    {
        var broker = new PaperBroker();
        await broker.Buy(PaperBroker.VixCall, 1, limit: null);

        var acknowledgement = await broker.Sut.CancelAsync(new CancelOrder(ClientOrderId.From("t-1"), "too late"), CancellationToken.None);

        Assert.Equal(AcknowledgementStatus.Rejected, acknowledgement.Status);
        Assert.Contains("filled", acknowledgement.Reason, StringComparison.Ordinal);
    }
}
