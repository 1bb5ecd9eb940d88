namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>Why a session's reader loop stopped: words for the operator and the exception, if any.</summary>
internal sealed record TwsSessionEnd(string Reason, Exception? Error);
