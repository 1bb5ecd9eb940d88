using VixShield.Live.Adapters.InteractiveBrokers.Execution;
using VixShield.Live.Testing.Execution;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Execution;

/// <summary>The execution contract (house style 2.5) for the IB adapter, against a fake TWS venue on a real socket that
/// fills at the touch, so every fact applies.</summary>
public sealed class InteractiveBrokersExecutionAdapterContractTests
    : ExecutionAdapterContractTests<InteractiveBrokersExecutionAdapter>, IAsyncLifetime
{
    private readonly List<ExecutionHarness> harnesses = [];

    protected override bool ExecutesOrders => true;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var harness in harnesses)
        {
            await harness.DisposeAsync();
        }
    }

    protected override InteractiveBrokersExecutionAdapter CreateAdapter(ExecutionContractContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var harness = ExecutionHarness.Create(VenueContracts.From(context.Quotes), context.Time, context.Events);
        harnesses.Add(harness);

        // The base's factory is synchronous; starting on the pool keeps the test's synchronisation context out of it.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Task.Run(() => harness.Adapter.StartAsync(guard.Token)).GetAwaiter().GetResult();
        return harness.Adapter;
    }

    /// <summary>TWS answers in order, so once the open-order query is answered every earlier reply has been handled.</summary>
    protected override Task SettleAsync(InteractiveBrokersExecutionAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return adapter.GetOpenOrdersAsync(CancellationToken.None);
    }
}
