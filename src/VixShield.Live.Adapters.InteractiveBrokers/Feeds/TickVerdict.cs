namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>What <see cref="TickPlausibilityFilter"/> decided about one tick.</summary>
internal enum TickVerdict : byte
{
    Accepted = 0,

    /// <summary>The tick completes the confirmation of a jump: accepted, and the new level becomes the reference.</summary>
    JumpConfirmed = 1,

    NoData = 2,

    NotPositive = 3,

    /// <summary>A jump waiting for confirmation: not written.</summary>
    JumpHeld = 4,
}
