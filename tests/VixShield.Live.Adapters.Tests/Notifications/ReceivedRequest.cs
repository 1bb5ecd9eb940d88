namespace VixShield.Live.Adapters.Tests.Notifications;

/// <summary>One request as the loopback endpoint read it.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string IdempotencyKey => Headers.TryGetValue("Idempotency-Key", out var key) ? key : string.Empty;
}
