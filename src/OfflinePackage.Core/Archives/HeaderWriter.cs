using System.IO;

namespace OfflinePackage.Archives
{
    /// <summary>Little-endian header fields, as zip stores them.</summary>
    internal readonly struct HeaderWriter
    {
        private readonly Stream _stream;

        public HeaderWriter(Stream stream) => _stream = stream;

        public void UInt16(ushort value)
        {
            _stream.WriteByte((byte)value);
            _stream.WriteByte((byte)(value >> 8));
        }

        public void UInt32(uint value)
        {
            UInt16((ushort)value);
            UInt16((ushort)(value >> 16));
        }

        public void Bytes(byte[] bytes) => _stream.Write(bytes, 0, bytes.Length);
    }
}
