using System.Text;

namespace OfflinePackage.Tests.Support;

internal sealed record LocalHeader(
    long Offset,
    ushort VersionNeeded,
    ushort Flags,
    ushort Method,
    ushort DosTime,
    ushort DosDate,
    uint Crc,
    uint CompressedSize,
    uint Size,
    byte[] NameBytes,
    ushort ExtraLength,
    long DataOffset)
{
    public string Name => Encoding.UTF8.GetString(NameBytes);
}

internal sealed record CentralHeader(
    ushort VersionMadeBy,
    ushort VersionNeeded,
    ushort Flags,
    ushort Method,
    ushort DosTime,
    ushort DosDate,
    uint Crc,
    uint CompressedSize,
    uint Size,
    byte[] NameBytes,
    ushort ExtraLength,
    ushort CommentLength,
    ushort DiskNumberStart,
    ushort InternalAttributes,
    uint ExternalAttributes,
    uint LocalHeaderOffset)
{
    public string Name => Encoding.UTF8.GetString(NameBytes);
}

internal sealed record EndOfCentralDirectory(
    long Offset,
    ushort DiskNumber,
    ushort CentralDirectoryDisk,
    ushort EntriesOnDisk,
    ushort Entries,
    uint CentralDirectorySize,
    uint CentralDirectoryOffset,
    ushort CommentLength);

/// <summary>
/// A byte-level reader of the zip structures (APPNOTE 4.3.7, 4.3.12, 4.3.16), written for the tests, so that
/// header fields are checked without trusting either the writer under test or System.IO.Compression.
/// </summary>
internal sealed class ZipHeaders
{
    private const uint LocalSignature = 0x04034b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;

    private ZipHeaders(IReadOnlyList<LocalHeader> locals, IReadOnlyList<CentralHeader> centrals, EndOfCentralDirectory end, long localsEnd)
    {
        Locals = locals;
        Centrals = centrals;
        End = end;
        LocalsEnd = localsEnd;
    }

    /// <summary>Local headers found by walking the file from offset 0, each followed by its data.</summary>
    public IReadOnlyList<LocalHeader> Locals { get; }

    public IReadOnlyList<CentralHeader> Centrals { get; }

    public EndOfCentralDirectory End { get; }

    /// <summary>Where the walk over local headers and data stopped.</summary>
    public long LocalsEnd { get; }

    public static ZipHeaders Parse(byte[] zip)
    {
        var end = ReadEnd(zip);
        var centrals = new List<CentralHeader>();
        var at = (int)end.CentralDirectoryOffset;
        for (var i = 0; i < end.Entries; i++)
        {
            if (U32(zip, at) != CentralSignature)
            {
                throw new InvalidDataException($"No central header at {at}.");
            }

            var nameLength = U16(zip, at + 28);
            var extraLength = U16(zip, at + 30);
            var commentLength = U16(zip, at + 32);
            centrals.Add(new CentralHeader(
                U16(zip, at + 4),
                U16(zip, at + 6),
                U16(zip, at + 8),
                U16(zip, at + 10),
                U16(zip, at + 12),
                U16(zip, at + 14),
                U32(zip, at + 16),
                U32(zip, at + 20),
                U32(zip, at + 24),
                zip.AsSpan(at + 46, nameLength).ToArray(),
                extraLength,
                commentLength,
                U16(zip, at + 34),
                U16(zip, at + 36),
                U32(zip, at + 38),
                U32(zip, at + 42)));
            at += 46 + nameLength + extraLength + commentLength;
        }

        var locals = new List<LocalHeader>();
        var position = 0;
        while (position + 4 <= zip.Length && U32(zip, position) == LocalSignature)
        {
            var nameLength = U16(zip, position + 26);
            var extraLength = U16(zip, position + 28);
            var dataOffset = position + 30 + nameLength + extraLength;
            var local = new LocalHeader(
                position,
                U16(zip, position + 4),
                U16(zip, position + 6),
                U16(zip, position + 8),
                U16(zip, position + 10),
                U16(zip, position + 12),
                U32(zip, position + 14),
                U32(zip, position + 18),
                U32(zip, position + 22),
                zip.AsSpan(position + 30, nameLength).ToArray(),
                extraLength,
                dataOffset);
            locals.Add(local);
            position = dataOffset + (int)local.CompressedSize;
        }

        return new ZipHeaders(locals, centrals, end, position);
    }

    private static EndOfCentralDirectory ReadEnd(byte[] zip)
    {
        for (var at = zip.Length - 22; at >= 0; at--)
        {
            if (U32(zip, at) == EndSignature)
            {
                return new EndOfCentralDirectory(
                    at,
                    U16(zip, at + 4),
                    U16(zip, at + 6),
                    U16(zip, at + 8),
                    U16(zip, at + 10),
                    U32(zip, at + 12),
                    U32(zip, at + 16),
                    U16(zip, at + 20));
            }
        }

        throw new InvalidDataException("No end of central directory record.");
    }

    private static ushort U16(byte[] b, int at) => (ushort)(b[at] | (b[at + 1] << 8));

    private static uint U32(byte[] b, int at) => (uint)(b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24));
}
