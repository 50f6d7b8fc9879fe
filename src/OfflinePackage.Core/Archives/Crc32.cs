using System.Runtime.CompilerServices;

namespace OfflinePackage.Archives
{
    /// <summary>CRC-32 (IEEE 802.3, as zip uses), slicing-by-8. netstandard2.0 has no in-box CRC.</summary>
    public sealed class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        /// <summary>x^(2^n) modulo the polynomial, n = 0..31, in reflected bit order.</summary>
        private static readonly uint[] PowersOfX = BuildPowersOfX();

        private uint _crc = 0xFFFFFFFFu;

        public uint Value => ~_crc;

        public static uint Compute(byte[] data) => Compute(data, 0, data.Length);

        public static uint Compute(byte[] buffer, int offset, int count) => ~Update(0xFFFFFFFFu, buffer, offset, count);

        public void Append(byte[] buffer, int offset, int count) => _crc = Update(_crc, buffer, offset, count);

        // AggressiveOptimization (not named in netstandard2.0): compiled optimized at once, not first at tier 0, which ran
        // the loop several times slower for the first tens of megabytes of a build.
        [MethodImpl((MethodImplOptions)512)]
        private static uint Update(uint crc, byte[] buffer, int offset, int count)
        {
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

            return crc;
        }

        /// <summary>
        /// The CRC of A followed by B, from the CRC of A, the CRC of B and B's length (zlib's crc32_combine): lets pieces
        /// of one file be checked on different threads.
        /// </summary>
        public static uint Combine(uint crcA, uint crcB, long lengthB)
        {
            // Multiplies crcA by x^(8 * lengthB) modulo the polynomial, one squaring per bit of the length.
            var product = 1u << 31;
            for (var k = 3; lengthB > 0; lengthB >>= 1, k++)
            {
                if ((lengthB & 1) != 0)
                {
                    product = MultiplyModP(PowersOfX[k & 31], product);
                }
            }

            return MultiplyModP(product, crcA) ^ crcB;
        }

        private static uint MultiplyModP(uint a, uint b)
        {
            var m = 1u << 31;
            var p = 0u;
            while (true)
            {
                if ((a & m) != 0)
                {
                    p ^= b;
                    if ((a & (m - 1)) == 0)
                    {
                        return p;
                    }
                }

                m >>= 1;
                b = (b & 1) != 0 ? (b >> 1) ^ 0xEDB88320u : b >> 1;
            }
        }

        private static uint[] BuildPowersOfX()
        {
            var powers = new uint[32];
            var p = 1u << 30;
            powers[0] = p;
            for (var n = 1; n < 32; n++)
            {
                powers[n] = p = MultiplyModP(p, p);
            }

            return powers;
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
