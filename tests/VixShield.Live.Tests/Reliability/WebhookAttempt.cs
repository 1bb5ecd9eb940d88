namespace VixShield.Live.Tests.Reliability;

/// <summary>One request the flaky webhook received: the alert's Idempotency-Key and type, and what was done with it.</summary>
internal sealed record WebhookAttempt(string Key, string Type, WebhookFault Fault)
{
    /// <summary>The alert's sequence, the part of the key before the fingerprint.</summary>
    public long Sequence => long.Parse(Key.AsSpan(0, Key.IndexOf('-', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
}
