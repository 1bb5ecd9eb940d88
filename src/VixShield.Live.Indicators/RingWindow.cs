namespace VixShield.Live.Indicators;

/// <summary>A fixed-size window over the latest values, allocated once.</summary>
/// <remarks>Kernels that depend on summation order read it through <see cref="Items"/> and <see cref="Oldest"/> so
/// they can walk it oldest-first, exactly as a batch computation walks an array slice.</remarks>
internal sealed class RingWindow
{
    private readonly double[] items;
    private int next;

    public RingWindow(int capacity) => items = new double[capacity];

    public int Count { get; private set; }

    public int Capacity => items.Length;

    public bool IsFull => Count == items.Length;

    /// <summary>The stored values in ring order (length <see cref="Count"/>).</summary>
    public ReadOnlySpan<double> Items => items.AsSpan(0, Count);

    /// <summary>Index of the oldest value in <see cref="Items"/>.</summary>
    public int Oldest => Count < items.Length ? 0 : next;

    public void Add(double value)
    {
        items[next] = value;
        next = next + 1 == items.Length ? 0 : next + 1;
        if (Count < items.Length)
        {
            Count++;
        }
    }

    public void Clear()
    {
        Array.Clear(items);
        next = 0;
        Count = 0;
    }
}
