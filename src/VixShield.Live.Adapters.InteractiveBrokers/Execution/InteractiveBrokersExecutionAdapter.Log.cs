using Microsoft.Extensions.Logging;

namespace VixShield.Live.Adapters.InteractiveBrokers.Execution;

/// <summary>Log lines: one per state change or order problem, never one per message.</summary>
public sealed partial class InteractiveBrokersExecutionAdapter
{
    [LoggerMessage(Level = LogLevel.Information, Message = "IB execution connecting to TWS as client id {ClientId}")]
    private partial void LogConnecting(int clientId);

    [LoggerMessage(Level = LogLevel.Information, Message = "IB execution ready on account {AccountId} (paper: {IsPaper}); {Known} order ids known from TWS")]
    private partial void LogStarted(string accountId, bool isPaper, int known);

    [LoggerMessage(Level = LogLevel.Information, Message = "IB execution reconciled after reconnect (session {Session}); {Known} order ids known")]
    private partial void LogReconciled(int session, int known);

    [LoggerMessage(Level = LogLevel.Warning, Message = "IB execution could not reconcile after reconnect (session {Session}): {Reason}; orders wait for the next connection")]
    private partial void LogReconcileFailed(int session, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "IB execution lost its TWS connection ({Reason}); orders wait until it is back and reconciled")]
    private partial void LogConnectionLost(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "IB execution gave up connecting to TWS: {Reason}")]
    private partial void LogGaveUp(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TWS message about order {ClientOrderId} (TWS order {OrderId}): {Code} {Message}")]
    private partial void LogOrderWarning(string clientOrderId, int orderId, int code, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {ClientOrderId} (TWS order {OrderId}) cannot be mapped to a domain order ({What}); it is known (no duplicate will be sent) but left out of reconciliation reports")]
    private partial void LogUnmappedOrder(string clientOrderId, int orderId, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Position in {Symbol} {SecurityType} (conId {ConId}, {Position}) is not an instrument this daemon trades; left out of reconciliation")]
    private partial void LogUnmappedPosition(string symbol, string securityType, int conId, decimal position);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TWS reports {Units} more units of order {ClientOrderId} (TWS order {OrderId}) filled, but no execution came within {Wait} nor when asked (REQ_EXECUTIONS): fill {FillId} reported from ORDER_STATUS at net {NetPrice}, without fees or a leg split")]
    private partial void LogFillFromStatus(string clientOrderId, int orderId, int units, decimal netPrice, TimeSpan wait, string fillId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Executions {ExecutionIds} of order {ClientOrderId} (TWS order {OrderId}) arrived after {Units} units were reported from ORDER_STATUS; not reported again (their fees, {Fees} dollars, were not in that fill)")]
    private partial void LogLateExecutions(string clientOrderId, int orderId, int units, string executionIds, decimal fees);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Asking TWS for the executions of order {ClientOrderId} (TWS order {OrderId}) failed: {Reason}; reporting its fill from ORDER_STATUS")]
    private partial void LogExecutionsRequestFailed(string clientOrderId, int orderId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "TWS reports {Units} units of order {ClientOrderId} (TWS order {OrderId}) filled, but neither executions nor an average fill price are known; the fill cannot be reported until executions arrive")]
    private partial void LogFilledWithoutPrice(string clientOrderId, int orderId, int units);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {ClientOrderId} (TWS order {OrderId}) was lost with the connection: TWS neither acknowledged it nor lists it after the reconnect; reported rejected, not resent")]
    private partial void LogLostOrder(string clientOrderId, int orderId);
}
