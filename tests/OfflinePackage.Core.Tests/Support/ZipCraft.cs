using System.Buffers.Binary;
using System.Text;

namespace OfflinePackage.Tests.Support;

/// <summary>
/// Takes a canonical zip apart (local entries, central directory, end record) and puts crafted ones together, byte by
/// byte, to build the ambiguous archives other readers take differently (a second central directory, an unlisted
/// entry, local headers that contradict the central directory, entries sharing data).
/// </summary>
internal sealed class ZipCraft
{
    public const int EndLength = 22;

    private ZipCraft(byte[] locals, byte[] directory, int count)
    {
        Locals = locals;
        Directory = directory;
        Count = count;
    }

    /// <summary>Every byte before the central directory: the local headers and their data.</summary>
    public byte[] Locals { get; }

    public byte[] Directory { get; }

    public int Count { get; }

    /// <summary>Splits a zip whose end record is its last 22 bytes and whose central directory sits just before it.</summary>
    public static ZipCraft Of(byte[] zip)
    {
        var end = zip.AsSpan(zip.Length - EndLength);
        if (BinaryPrimitives.ReadUInt32LittleEndian(end) != 0x06054b50)
        {
            throw new ArgumentException("not a zip ending in its end record");
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(end[10..]);
        var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(end[12..]);
        var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(end[16..]);
        return new ZipCraft(zip[..offset], zip[offset..(offset + size)], count);
    }

    /// <summary>The zip as it was: locals, directory, end record.</summary>
    public byte[] Join() => Concat(Locals, Directory, End(Count, Directory.Length, Locals.Length));

    /// <summary>An end-of-central-directory record (single disk).</summary>
    public static byte[] End(int count, long directorySize, long directoryOffset, int commentLength = 0)
    {
        var end = new byte[EndLength];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)directorySize);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)directoryOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(20), (ushort)commentLength);
        return end;
    }

    /// <summary>A copy of <paramref name="directory"/> with <paramref name="delta"/> added to every local header offset.</summary>
    public static byte[] Relocate(byte[] directory, long delta)
    {
        var copy = directory.ToArray();
        foreach (var at in RecordOffsets(copy))
        {
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(at + 42));
            BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(at + 42), (uint)(offset + delta));
        }

        return copy;
    }

    /// <summary>Where each record of a central directory starts.</summary>
    public static List<int> RecordOffsets(byte[] directory)
    {
        var offsets = new List<int>();
        for (var at = 0; at + 46 <= directory.Length;)
        {
            offsets.Add(at);
            at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 28))
                + BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 30))
                + BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 32));
        }

        return offsets;
    }

    /// <summary>The local header offset the central directory records for <paramref name="name"/>.</summary>
    public int LocalOffsetOf(string name) => (int)BinaryPrimitives.ReadUInt32LittleEndian(Directory.AsSpan(RecordOf(name) + 42));

    /// <summary>Where the central directory record of <paramref name="name"/> starts in <see cref="Directory"/>.</summary>
    public int RecordOf(string name) =>
        RecordOffsets(Directory).Single(at => Encoding.UTF8.GetString(Directory, at + 46, BinaryPrimitives.ReadUInt16LittleEndian(Directory.AsSpan(at + 28))) == name);

    /// <summary>The local header and data of <paramref name="name"/> (no data descriptor: the zip must not use them).</summary>
    public byte[] LocalRecordOf(string name)
    {
        var at = LocalOffsetOf(name);
        var length = 30 + BinaryPrimitives.ReadUInt16LittleEndian(Locals.AsSpan(at + 26)) + BinaryPrimitives.ReadUInt16LittleEndian(Locals.AsSpan(at + 28))
            + (int)BinaryPrimitives.ReadUInt32LittleEndian(Directory.AsSpan(RecordOf(name) + 20));
        return Locals[at..(at + length)];
    }

    /// <summary>A local file header (version 2.0, no flags, no time) followed by no data.</summary>
    public static byte[] LocalHeader(string name, ushort method, uint crc, uint compressedSize, uint size, int extraLength)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var header = new byte[30 + nameBytes.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), 20);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8), method);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(14), crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(18), compressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(22), size);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(26), (ushort)nameBytes.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(28), (ushort)extraLength);
        nameBytes.CopyTo(header, 30);
        return header;
    }

    /// <summary>A central directory record matching <see cref="LocalHeader"/>.</summary>
    public static byte[] CentralRecord(string name, ushort method, uint crc, uint compressedSize, uint size, long localOffset)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var record = new byte[46 + nameBytes.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(record, 0x02014b50);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(4), 20);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(6), 20);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(10), method);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(16), crc);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(20), compressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(24), size);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(28), (ushort)nameBytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(42), (uint)localOffset);
        nameBytes.CopyTo(record, 46);
        return record;
    }

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
