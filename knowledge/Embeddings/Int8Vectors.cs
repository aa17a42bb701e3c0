using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Assistant.Knowledge.Embeddings;

/// <summary>
/// Unit vectors stored as signed bytes with one scale each: a quarter of the memory of floats, and a dot product in
/// integers that is exact up to the rounding of each component (far below the differences that order articles).
/// </summary>
internal static class Int8Vectors
{
    /// <summary>Scales <paramref name="vector"/> to unit length and rounds it to bytes. A zero vector gives scale 0.</summary>
    public static ByteVector Quantize(ReadOnlySpan<float> vector)
    {
        var values = new sbyte[vector.Length];
        return new ByteVector(values, Quantize(vector, values));
    }

    /// <summary>Scales <paramref name="vector"/> to unit length and rounds it into <paramref name="into"/>; returns the
    /// factor that turns a byte back into the unit vector's component. A zero vector gives scale 0.</summary>
    private static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> into)
    {
        double norm = 0;
        foreach (var x in vector)
            norm += (double)x * x;
        norm = Math.Sqrt(norm);
        var largest = 0f;
        foreach (var x in vector)
            largest = Math.Max(largest, Math.Abs(x));
        if (norm == 0 || largest == 0)
        {
            into.Clear();
            return 0f;
        }
        var toBytes = 127.0 / largest;
        for (var i = 0; i < vector.Length; i++)
            into[i] = (sbyte)Math.Round(vector[i] * toBytes);
        return (float)(largest / norm / 127.0);
    }

    /// <summary>The integer dot product of two byte vectors of the same length.</summary>
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var sum = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && a.Length >= Vector256<sbyte>.Count)
        {
            var accumulator = Vector256<int>.Zero;
            ref var left = ref MemoryMarshal.GetReference(a);
            ref var right = ref MemoryMarshal.GetReference(b);
            for (; i <= a.Length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var (aLow, aHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref left, (nuint)i));
                var (bLow, bHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref right, (nuint)i));
                // |byte| ≤ 127, so each product fits a short; the sums are widened before they can overflow.
                var (p0, p1) = Vector256.Widen(aLow * bLow);
                var (p2, p3) = Vector256.Widen(aHigh * bHigh);
                accumulator += p0 + p1 + p2 + p3;
            }
            sum = Vector256.Sum(accumulator);
        }
        for (; i < a.Length; i++)
            sum += a[i] * b[i];
        return sum;
    }
}
