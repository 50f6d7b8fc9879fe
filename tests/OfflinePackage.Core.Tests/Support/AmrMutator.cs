namespace OfflinePackage.Tests.Support;

/// <summary>
/// Seeded mutations of an .amr for fuzzing the verifier: byte flips, zip header field rewrites (local, central, end
/// record, data descriptor), tar header field rewrites, truncation, insertion, deletion and duplication of slices,
/// and two archives in one file. The same seed gives the same mutation. Used by the unit suite's short fuzz test and by
/// build/fuzz (which links this file).
/// </summary>
internal static class AmrMutator
{
    private static readonly byte[][] Signatures =
    {
        new byte[] { 0x50, 0x4B, 0x03, 0x04 }, // local header
        new byte[] { 0x50, 0x4B, 0x01, 0x02 }, // central directory record
        new byte[] { 0x50, 0x4B, 0x05, 0x06 }, // end record
        new byte[] { 0x75, 0x73, 0x74, 0x61, 0x72 }, // "ustar" (the tar, when stored)
    };

    /// <summary>The name of each mutation, by index, for reports.</summary>
    public static readonly string[] Names = { "flip", "zip-field", "truncate", "insert", "delete", "duplicate", "two-archives", "extreme-field" };

    /// <summary>A mutated copy of <paramref name="original"/>; <paramref name="kind"/> names the mutation applied.</summary>
    public static byte[] Mutate(byte[] original, Random random, out string kind)
    {
        var index = random.Next(Names.Length);
        kind = Names[index];
        var bytes = original.ToArray();
        switch (index)
        {
            case 0:
                for (var i = 1 + random.Next(8); i > 0 && bytes.Length > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
                }

                return bytes;
            case 1:
                return RewriteField(bytes, random, extreme: false);
            case 2:
                return bytes[..random.Next(bytes.Length)];
            case 3:
                var insert = new byte[1 + random.Next(64)];
                random.NextBytes(insert);
                return Splice(bytes, random.Next(bytes.Length + 1), 0, insert);
            case 4:
                var at = random.Next(bytes.Length);
                return Splice(bytes, at, random.Next(Math.Min(256, bytes.Length - at) + 1), Array.Empty<byte>());
            case 5:
                var from = random.Next(bytes.Length);
                var slice = bytes[from..Math.Min(bytes.Length, from + 1 + random.Next(512))];
                return Splice(bytes, random.Next(bytes.Length + 1), 0, slice);
            case 6:
                return random.Next(2) == 0 ? bytes.Concat(original).ToArray() : original.Concat(bytes).ToArray();
            default:
                return RewriteField(bytes, random, extreme: true);
        }
    }

    /// <summary>Rewrites 1, 2 or 4 bytes at a random offset within 46 bytes after a random header signature.</summary>
    private static byte[] RewriteField(byte[] bytes, Random random, bool extreme)
    {
        var signature = Signatures[random.Next(Signatures.Length)];
        var places = new List<int>();
        for (var i = 0; i + signature.Length <= bytes.Length; i++)
        {
            if (bytes.AsSpan(i, signature.Length).SequenceEqual(signature))
            {
                places.Add(i);
            }
        }

        if (places.Count == 0)
        {
            return bytes;
        }

        var at = places[random.Next(places.Count)] + random.Next(46);
        var width = new[] { 1, 2, 4 }[random.Next(3)];
        if (at + width > bytes.Length)
        {
            return bytes;
        }

        var value = extreme
            ? new[] { 0L, 1L, 0x7FL, 0xFFL, 0xFFFFL, 0x7FFFFFFFL, 0xFFFFFFFFL }[random.Next(7)]
            : random.NextInt64(1L << (8 * width));
        for (var b = 0; b < width; b++)
        {
            bytes[at + b] = (byte)(value >> (8 * b));
        }

        return bytes;
    }

    private static byte[] Splice(byte[] bytes, int at, int remove, byte[] insert) =>
        bytes[..at].Concat(insert).Concat(bytes[(at + remove)..]).ToArray();
}
