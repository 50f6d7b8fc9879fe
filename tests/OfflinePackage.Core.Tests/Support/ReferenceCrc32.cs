namespace OfflinePackage.Tests.Support;

/// <summary>The textbook bit-at-a-time CRC-32 (reflected, polynomial 0xEDB88320), to check the fast one against.</summary>
internal static class ReferenceCrc32
{
    public static uint Compute(byte[] data) => Compute(data, 0, data.Length);

    public static uint Compute(byte[] data, int offset, int count)
    {
        var crc = 0xFFFFFFFFu;
        for (var i = offset; i < offset + count; i++)
        {
            crc ^= data[i];
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
