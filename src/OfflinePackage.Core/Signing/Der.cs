using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace OfflinePackage.Signing
{
    /// <summary>The bytes are not the DER structure expected (ITU-T X.690). The message never contains the bytes.</summary>
    internal sealed class DerFormatException : Exception
    {
        public DerFormatException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// Reads the few DER types RSA keys use (SEQUENCE, INTEGER, OBJECT IDENTIFIER, NULL, BIT STRING, OCTET STRING)
    /// from a byte range, bounds-checked: malformed input raises <see cref="DerFormatException"/>, never an index error.
    /// </summary>
    internal sealed class DerReader
    {
        public const byte Integer = 0x02;
        public const byte BitString = 0x03;
        public const byte OctetString = 0x04;
        public const byte Null = 0x05;
        public const byte ObjectIdentifier = 0x06;
        public const byte Sequence = 0x30;

        private readonly byte[] _data;
        private readonly int _end;
        private int _position;

        public DerReader(byte[] data)
            : this(data, 0, data.Length)
        {
        }

        private DerReader(byte[] data, int offset, int length)
        {
            _data = data;
            _position = offset;
            _end = offset + length;
        }

        public bool HasData => _position < _end;

        /// <summary>The tag of the next element, or -1 at the end.</summary>
        public int PeekTag() => HasData ? _data[_position] : -1;

        /// <summary>A reader over the contents of the next element, which must be a SEQUENCE.</summary>
        public DerReader ReadSequence()
        {
            var (offset, length) = ReadElement(Sequence);
            return new DerReader(_data, offset, length);
        }

        /// <summary>A non-negative INTEGER as unsigned big-endian bytes without leading zeros (at least one byte).</summary>
        public byte[] ReadUnsignedInteger()
        {
            var (offset, length) = ReadElement(Integer);
            if (length == 0)
            {
                throw new DerFormatException("An INTEGER has no content.");
            }

            if ((_data[offset] & 0x80) != 0)
            {
                throw new DerFormatException("An INTEGER that must be positive is negative.");
            }

            while (length > 1 && _data[offset] == 0)
            {
                offset++;
                length--;
            }

            return Slice(offset, length);
        }

        /// <summary>A small non-negative INTEGER, such as a version number.</summary>
        public int ReadSmallInteger()
        {
            var bytes = ReadUnsignedInteger();
            if (bytes.Length > 3)
            {
                throw new DerFormatException("An INTEGER is larger than expected.");
            }

            var value = 0;
            foreach (var b in bytes)
            {
                value = (value << 8) | b;
            }

            return value;
        }

        /// <summary>An OBJECT IDENTIFIER in dotted form, e.g. 1.2.840.113549.1.1.1.</summary>
        public string ReadObjectIdentifier()
        {
            var (offset, length) = ReadElement(ObjectIdentifier);
            if (length == 0)
            {
                throw new DerFormatException("An OBJECT IDENTIFIER has no content.");
            }

            var text = new StringBuilder();
            var first = true;
            long value = 0;
            for (var i = offset; i < offset + length; i++)
            {
                if (value > (long.MaxValue >> 7))
                {
                    throw new DerFormatException("An OBJECT IDENTIFIER arc is too large.");
                }

                value = (value << 7) | (uint)(_data[i] & 0x7F);
                if ((_data[i] & 0x80) != 0)
                {
                    continue;
                }

                if (first)
                {
                    var top = value < 40 ? 0 : value < 80 ? 1 : 2;
                    text.Append(top).Append('.').Append(value - (40 * top));
                    first = false;
                }
                else
                {
                    text.Append('.').Append(value);
                }

                value = 0;
            }

            if ((_data[offset + length - 1] & 0x80) != 0)
            {
                throw new DerFormatException("An OBJECT IDENTIFIER ends in the middle of an arc.");
            }

            return text.ToString();
        }

        public void ReadNull()
        {
            var (_, length) = ReadElement(Null);
            if (length != 0)
            {
                throw new DerFormatException("A NULL has content.");
            }
        }

        /// <summary>The content of a BIT STRING that holds whole bytes (no unused bits).</summary>
        public byte[] ReadBitString()
        {
            var (offset, length) = ReadElement(BitString);
            if (length == 0 || _data[offset] != 0)
            {
                throw new DerFormatException("A BIT STRING does not hold whole bytes.");
            }

            return Slice(offset + 1, length - 1);
        }

        public byte[] ReadOctetString()
        {
            var (offset, length) = ReadElement(OctetString);
            return Slice(offset, length);
        }

        /// <summary>Skips the next element, whatever its tag.</summary>
        public void Skip() => ReadElement(null);

        /// <summary>Fails when anything follows the elements read so far.</summary>
        public void ExpectEnd()
        {
            if (HasData)
            {
                throw new DerFormatException("Unexpected data follows the structure.");
            }
        }

        private (int Offset, int Length) ReadElement(byte? expectedTag)
        {
            if (!HasData)
            {
                throw new DerFormatException("The structure ends early.");
            }

            var tag = _data[_position++];
            if ((tag & 0x1F) == 0x1F)
            {
                throw new DerFormatException("High tag numbers are not used in RSA keys.");
            }

            if (expectedTag.HasValue && tag != expectedTag.Value)
            {
                throw new DerFormatException($"Expected tag 0x{expectedTag.Value:X2}, found 0x{tag:X2}.");
            }

            if (!HasData)
            {
                throw new DerFormatException("The structure ends early.");
            }

            int length = _data[_position++];
            if (length == 0x80)
            {
                throw new DerFormatException("Indefinite lengths are not DER.");
            }

            if (length > 0x80)
            {
                var count = length & 0x7F;
                if (count > 4)
                {
                    throw new DerFormatException("A length is too large.");
                }

                long value = 0;
                for (var i = 0; i < count; i++)
                {
                    if (!HasData)
                    {
                        throw new DerFormatException("The structure ends early.");
                    }

                    value = (value << 8) | _data[_position++];
                }

                if (value > int.MaxValue)
                {
                    throw new DerFormatException("A length is too large.");
                }

                length = (int)value;
            }

            if (length > _end - _position)
            {
                throw new DerFormatException("An element is longer than the data that holds it.");
            }

            var offset = _position;
            _position += length;
            return (offset, length);
        }

        private byte[] Slice(int offset, int length)
        {
            var bytes = new byte[length];
            Buffer.BlockCopy(_data, offset, bytes, 0, length);
            return bytes;
        }
    }

    /// <summary>Writes the DER elements of RSA public keys.</summary>
    internal static class DerWriter
    {
        public static byte[] Sequence(params byte[][] elements)
        {
            var content = new MemoryStream();
            foreach (var element in elements)
            {
                content.Write(element, 0, element.Length);
            }

            return Element(DerReader.Sequence, content.ToArray());
        }

        /// <summary>An unsigned big-endian number as a positive INTEGER.</summary>
        public static byte[] UnsignedInteger(byte[] magnitude)
        {
            var start = 0;
            while (start < magnitude.Length - 1 && magnitude[start] == 0)
            {
                start++;
            }

            var length = magnitude.Length - start;
            var padded = length == 0 || (magnitude[start] & 0x80) != 0;
            var content = new byte[length + (padded ? 1 : 0)];
            Buffer.BlockCopy(magnitude, start, content, padded ? 1 : 0, length);
            return Element(DerReader.Integer, content);
        }

        public static byte[] ObjectIdentifier(string dotted)
        {
            var arcs = dotted.Split('.');
            var content = new List<byte>();
            var values = new List<long> { (long.Parse(arcs[0], System.Globalization.CultureInfo.InvariantCulture) * 40) + long.Parse(arcs[1], System.Globalization.CultureInfo.InvariantCulture) };
            for (var i = 2; i < arcs.Length; i++)
            {
                values.Add(long.Parse(arcs[i], System.Globalization.CultureInfo.InvariantCulture));
            }

            foreach (var value in values)
            {
                var groups = new Stack<byte>();
                var v = value;
                groups.Push((byte)(v & 0x7F));
                while ((v >>= 7) > 0)
                {
                    groups.Push((byte)(0x80 | (v & 0x7F)));
                }

                content.AddRange(groups);
            }

            return Element(DerReader.ObjectIdentifier, content.ToArray());
        }

        public static byte[] Null() => new byte[] { DerReader.Null, 0 };

        public static byte[] BitString(byte[] bytes)
        {
            var content = new byte[bytes.Length + 1];
            Buffer.BlockCopy(bytes, 0, content, 1, bytes.Length);
            return Element(DerReader.BitString, content);
        }

        private static byte[] Element(byte tag, byte[] content)
        {
            var output = new MemoryStream(content.Length + 6);
            output.WriteByte(tag);
            var length = content.Length;
            if (length < 0x80)
            {
                output.WriteByte((byte)length);
            }
            else
            {
                var bytes = new List<byte>();
                for (var v = length; v > 0; v >>= 8)
                {
                    bytes.Insert(0, (byte)v);
                }

                output.WriteByte((byte)(0x80 | bytes.Count));
                output.Write(bytes.ToArray(), 0, bytes.Count);
            }

            output.Write(content, 0, content.Length);
            return output.ToArray();
        }
    }
}
