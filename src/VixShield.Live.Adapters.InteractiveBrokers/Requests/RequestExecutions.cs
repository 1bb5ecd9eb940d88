namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_EXECUTIONS (7): today's executions matching <paramref name="Filter"/>, then EXECUTION_DATA_END.</summary>
public sealed record RequestExecutions(int RequestId, TwsExecutionFilter Filter) : TwsRequest;
