namespace Briefing.Generator;

/// <summary>
/// SplitMix64: a tiny generator whose sequence depends only on its seed, on every platform and
/// runtime version, which System.Random does not promise.
/// </summary>
internal sealed class Prng(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A whole number in [0, <paramref name="below"/>).</summary>
    public int Below(int below) => (int)(Next() % (ulong)below);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;

    /// <summary>One item of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
