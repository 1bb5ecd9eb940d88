using NodaTime;

namespace VixShield.Live.Abstractions.Feeds;

/// <summary>A feed reports a change of its state, with the reason in words.</summary>
public sealed record FeedStatusChanged(string FeedName, FeedState State, Instant EventTime, string Reason);
