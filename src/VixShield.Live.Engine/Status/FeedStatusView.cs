namespace VixShield.Live.Engine.Status;

/// <summary>The feed's last reported state.</summary>
public sealed record FeedStatusView(string Name, string State, string Reason, string? Since);
