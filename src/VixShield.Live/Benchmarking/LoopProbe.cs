namespace VixShield.Live.Benchmarking;

/// <summary>Watches the decision loop from outside, through the channels it reads and writes: when it finishes each
/// inbound event and which alerts each event raised.</summary>
/// <remarks>Event indexes count the events the loop has read, from 0. Both callbacks run on the loop's own thread.</remarks>
internal abstract class LoopProbe
{
    /// <summary>The loop is done with event <paramref name="index"/>: it updated its state, wrote every alert the event
    /// raised into the alert channel, and came back to the inbound channel for the next event.</summary>
    public abstract void OnEventCompleted(long index);

    /// <summary>An alert raised by event <paramref name="index"/> has just entered the alert channel.</summary>
    public virtual void OnAlertWritten(long index)
    {
    }
}
