using System.Text;

namespace OfflinePackage.Tests.Support;

/// <summary>
/// The raw fields of a 512-byte tar header (POSIX.1-1988 / old GNU layout), read by offsets written out here,
/// so that tests compare our writer's bytes with Alibaba's without trusting either writer or any tar library.
/// </summary>
internal sealed class TarHeaderFields
{
    public static readonly (string Name, int Offset, int Length)[] Layout =
    {
        ("name", 0, 100),
        ("mode", 100, 8),
        ("uid", 108, 8),
        ("gid", 116, 8),
        ("size", 124, 12),
        ("mtime", 136, 12),
        ("chksum", 148, 8),
        ("typeflag", 156, 1),
        ("linkname", 157, 100),
        ("magic", 257, 6),
        ("version", 263, 2),
        ("uname", 265, 32),
        ("gname", 297, 32),
        ("devmajor", 329, 8),
        ("devminor", 337, 8),
        ("prefix", 345, 155),
        ("pad", 500, 12),
    };

    private TarHeaderFields(long offset, byte[] header)
    {
        Offset = offset;
        Raw = header;
    }

    public long Offset { get; }

    public byte[] Raw { get; }

    public byte[] this[string field]
    {
        get
        {
            var (_, offset, length) = Layout.Single(f => f.Name == field);
            return Raw.AsSpan(offset, length).ToArray();
        }
    }

    public string Name => Encoding.UTF8.GetString(this["name"]).TrimEnd('\0');

    public char Type => (char)Raw[156];

    public long Size => Octal(this["size"]);

    public long Mtime => Octal(this["mtime"]);

    /// <summary>The headers of every entry up to the first zero block.</summary>
    public static List<TarHeaderFields> ReadAll(byte[] tar)
    {
        var headers = new List<TarHeaderFields>();
        var at = 0;
        while (at + 512 <= tar.Length && tar.AsSpan(at, 512).ContainsAnyExcept((byte)0))
        {
            var header = new TarHeaderFields(at, tar.AsSpan(at, 512).ToArray());
            headers.Add(header);
            at += 512 + (int)((header.Size + 511) / 512 * 512);
        }

        return headers;
    }

    /// <summary>Where the entries end (the offset of the first zero block).</summary>
    public static int EndOfEntries(byte[] tar)
    {
        var last = ReadAll(tar).LastOrDefault();
        return last == null ? 0 : (int)(last.Offset + 512 + ((last.Size + 511) / 512 * 512));
    }

    /// <summary>Sum of the header's bytes with the checksum field counted as eight spaces.</summary>
    public int ComputeChecksum()
    {
        var sum = 0;
        for (var i = 0; i < 512; i++)
        {
            sum += i is >= 148 and < 156 ? ' ' : Raw[i];
        }

        return sum;
    }

    public static long Octal(byte[] field) =>
        Convert.ToInt64(Encoding.ASCII.GetString(field).Trim('\0', ' ') is { Length: > 0 } text ? text : "0", 8);
}
