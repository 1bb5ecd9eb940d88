using System.Threading.Channels;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Engine.Status;
using VixShield.Live.Hosting;

namespace VixShield.Live.Http;

/// <summary>Asks the decision loop for a status snapshot through its inbound channel, so the loop's state is read on
/// the loop's own thread; remembers the last answer for when the loop has stopped or is too busy to answer in time.</summary>
public sealed class StatusProvider(EngineChannels channels, WallClock wallClock)
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(2);
    private volatile StatusSnapshot? last;

    /// <summary>A fresh snapshot, or the last one (flagged stale) when the loop cannot answer; null before the first.</summary>
    public async Task<(StatusSnapshot? Snapshot, bool Fresh)> GetAsync(CancellationToken cancellationToken)
    {
        var query = new StatusQuery();
        try
        {
            using var timeout = new CancellationTokenSource(AnswerTimeout, wallClock.Provider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
            await channels.Inbound.Writer.WriteAsync(InboundEvent.ForQuery(query), linked.Token).ConfigureAwait(false);
            var snapshot = await query.Answer.WaitAsync(linked.Token).ConfigureAwait(false);
            snapshot = snapshot with
            {
                Counters = snapshot.Counters with { AlertDepth = channels.Alerts.Reader.Count },
            };
            last = snapshot;
            return (snapshot, true);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException && !cancellationToken.IsCancellationRequested)
        {
            return (last, false);
        }
    }
}
