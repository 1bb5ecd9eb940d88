namespace VixShield.Live.Tests.Reliability;

/// <summary>What the flaky webhook does with one request.</summary>
internal enum WebhookFault
{
    /// <summary>Answers 200: the alert is accepted.</summary>
    None,

    /// <summary>Answers 500 with a body.</summary>
    ServerError,

    /// <summary>Answers 503 Service Unavailable.</summary>
    Unavailable,

    /// <summary>Reads the request and never answers, so the sender's attempt times out.</summary>
    Hang,

    /// <summary>Resets the connection without answering.</summary>
    Reset,
}
