namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>A well-framed message whose id this client does not decode; its frame was skipped (brief §10).</summary>
public sealed record UnhandledMessageReceived(int MessageId) : TwsEvent;
