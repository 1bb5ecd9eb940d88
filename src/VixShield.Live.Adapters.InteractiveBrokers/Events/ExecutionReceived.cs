using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>EXECUTION_DATA (11): a fill; <paramref name="RequestId"/> is -1 for fills TWS pushes unasked.</summary>
public sealed record ExecutionReceived(int RequestId, int OrderId, TwsContract Contract, TwsExecution Execution) : TwsEvent;
