using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>Cancel the working remainder of the order with <paramref name="ClientOrderId"/>.</summary>
/// <param name="Reason">Why, in words; carried into the resulting <see cref="OrderCancelled"/>.</param>
public sealed record CancelOrder(ClientOrderId ClientOrderId, string Reason) : ExecutionCommand;
