namespace VixShield.Live.Abstractions.State;

/// <summary>The state seam: loads and atomically replaces the engine's snapshot so a restart resumes without duplicates.</summary>
public interface IStateStore
{
    /// <summary>The last saved snapshot, or null on a first start.</summary>
    Task<StateSnapshot?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the snapshot atomically: after a crash the store holds either the old or the new one, whole.</summary>
    /// <exception cref="ArgumentException">The format version is below 1, the watermark is negative or the payload is not JSON.</exception>
    /// <exception cref="InvalidOperationException">The watermark is lower than the stored one (processing never goes back).</exception>
    /// <exception cref="StateStoreException">The store cannot write; the previous snapshot is kept.</exception>
    Task SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken);
}
