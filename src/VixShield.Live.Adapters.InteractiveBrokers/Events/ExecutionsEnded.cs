namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>EXECUTION_DATA_END (55): the answer to REQ_EXECUTIONS is complete.</summary>
public sealed record ExecutionsEnded(int RequestId) : TwsEvent;
