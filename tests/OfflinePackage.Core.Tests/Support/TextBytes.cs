namespace OfflinePackage.Tests.Support;

/// <summary>Seeded text-like bytes that deflate well but never twice the same way.</summary>
internal static class TextBytes
{
    public static byte[] Random(int length, int seed, string alphabet)
    {
        var random = new Random(seed);
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)alphabet[random.Next(alphabet.Length)];
        }

        return bytes;
    }
}
