using VixShield.Live.Adapters.Paper.AlertsOnly;
using VixShield.Live.Testing.Execution;

namespace VixShield.Live.Adapters.Tests.Paper;

public sealed class AlertsOnlyExecutionAdapterContractTests : ExecutionAdapterContractTests<AlertsOnlyExecutionAdapter>
{
    protected override bool ExecutesOrders => false;

    protected override AlertsOnlyExecutionAdapter CreateAdapter(ExecutionContractContext context) => new(context.Events, context.Time);
}
