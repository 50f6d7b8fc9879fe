namespace OfflinePackage.Archives
{
    /// <summary>CRC-32 (IEEE 802.3, as zip uses), slicing-by-8. netstandard2.0 has no in-box CRC.</summary>
    public sealed class Crc32
    {
        private static readonly uint[] Table = BuildTable();
        private uint _crc = 0xFFFFFFFFu;

        public uint Value => ~_crc;

        public static uint Compute(byte[] data) 
        {
            var crc = new Crc32();
            crc.Append(data, 0, data.Length);
            return crc.Value;
        }

        public void Append(byte[] buffer, int offset, int count)
        {
            var crc = _crc;
            var i = offset;
            var end = offset + count;
            while (end - i >= 8)
            {
                crc ^= (uint)(buffer[i] | buffer[i + 1] << 8 | buffer[i + 2] << 16 | buffer[i + 3] << 24);
                crc = Table[(7 * 256) + (crc & 0xFF)]
                    ^ Table[(6 * 256) + ((crc >> 8) & 0xFF)]
                    ^ Table[(5 * 256) + ((crc >> 16) & 0xFF)]
                    ^ Table[(4 * 256) + (crc >> 24)]
                    ^ Table[(3 * 256) + buffer[i + 4]]
                    ^ Table[(2 * 256) + buffer[i + 5]]
                    ^ Table[256 + buffer[i + 6]]
                    ^ Table[buffer[i + 7]];
                i += 8;
            }

            while (i < end)
            {
                crc = Table[(crc ^ buffer[i++]) & 0xFF] ^ (crc >> 8);
            }

            _crc = crc;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[8 * 256];
            for (uint n = 0; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            for (var slice = 1; slice < 8; slice++)
            {
                for (var n = 0; n < 256; n++)
                {
                    var previous = table[((slice - 1) * 256) + n];
                    table[(slice * 256) + n] = (previous >> 8) ^ table[previous & 0xFF];
                }
            }

            return table;
        }
    }
}
