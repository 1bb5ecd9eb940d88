using VixShield.Live.Adapters.Paper;
using VixShield.Live.Testing.Execution;

namespace VixShield.Live.Adapters.Tests.Paper;

public sealed class PaperExecutionAdapterContractTests : ExecutionAdapterContractTests<PaperExecutionAdapter>
{
    protected override bool ExecutesOrders => true;

    protected override PaperExecutionAdapter CreateAdapter(ExecutionContractContext context)
    {
        var prices = new ScriptedPaperPriceSource();
        foreach (var quote in context.Quotes)
        {
            prices.Set(quote.Instrument, quote.Bid, quote.Ask);
        }

        return new PaperExecutionAdapter(new PaperBrokerOptions(), prices, context.Calendar, context.Time, context.Events);
    }
}
