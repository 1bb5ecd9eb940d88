namespace VixShield.Live.Benchmarking;

/// <summary>The process's memory at one point of a run.</summary>
/// <param name="Session">Sessions closed before the sample (0 during the first session).</param>
/// <param name="ResidentBytes">Working set (resident set size on Linux), <see cref="Environment.WorkingSet"/>.</param>
/// <param name="LiveHeapBytes">Managed heap after a full collection, or null when the sample did not force one.</param>
internal sealed record MemorySample(int Session, long ResidentBytes, long? LiveHeapBytes);
