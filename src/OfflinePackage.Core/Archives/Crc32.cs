using System;
using System.Runtime.CompilerServices;

namespace OfflinePackage.Archives
{
    /// <summary>CRC-32 (IEEE 802.3, as zip uses), slicing-by-16. netstandard2.0 has no in-box CRC.</summary>
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
        private static unsafe uint Update(uint crc, byte[] buffer, int offset, int count)
        {
            if ((uint)offset > (uint)buffer.Length || (uint)count > (uint)(buffer.Length - offset))
            {
                throw new ArgumentOutOfRangeException(nameof(count), "The range lies outside the buffer.");
            }

            if (count == 0)
            {
                return crc;
            }

            // Slicing-by-16: sixteen table lookups per 16 bytes, read as four little-endian words (about twice the
            // speed of slicing-by-8 here; the zip, the .amr and the verify each CRC every byte).
            fixed (byte* start = &buffer[offset])
            fixed (uint* table = Table)
            {
                var p = start;
                var end = start + count;
                if (BitConverter.IsLittleEndian)
                {
                    while (end - p >= 16)
                    {
                        var a = *(uint*)p ^ crc;
                        var b = *(uint*)(p + 4);
                        var c = *(uint*)(p + 8);
                        var d = *(uint*)(p + 12);
                        crc = table[(15 * 256) + (a & 0xFF)] ^ table[(14 * 256) + ((a >> 8) & 0xFF)]
                            ^ table[(13 * 256) + ((a >> 16) & 0xFF)] ^ table[(12 * 256) + (a >> 24)]
                            ^ table[(11 * 256) + (b & 0xFF)] ^ table[(10 * 256) + ((b >> 8) & 0xFF)]
                            ^ table[(9 * 256) + ((b >> 16) & 0xFF)] ^ table[(8 * 256) + (b >> 24)]
                            ^ table[(7 * 256) + (c & 0xFF)] ^ table[(6 * 256) + ((c >> 8) & 0xFF)]
                            ^ table[(5 * 256) + ((c >> 16) & 0xFF)] ^ table[(4 * 256) + (c >> 24)]
                            ^ table[(3 * 256) + (d & 0xFF)] ^ table[(2 * 256) + ((d >> 8) & 0xFF)]
                            ^ table[256 + ((d >> 16) & 0xFF)] ^ table[d >> 24];
                        p += 16;
                    }
                }

                while (p < end)
                {
                    crc = table[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
                }
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
            var table = new uint[16 * 256];
            for (uint n = 0; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            for (var slice = 1; slice < 16; slice++)
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
