using System.IO.Compression;
using System.Text;
using OfflinePackage.Tool.Rendering;

namespace OfflinePackage.Tool.Tests.Rendering;

public class PngColoursTests
{
    /// <summary>A PNG written by the book (PNG spec 9.2): each row filtered with the given filter type, CRCs left zero.</summary>
    private static byte[] Png(int width, int height, int channels, Func<int, int, byte[]> pixel, Func<int, int> filterOfRow)
    {
        var rows = Enumerable.Range(0, height).Select(y => Enumerable.Range(0, width).SelectMany(x => pixel(x, y)).ToArray()).ToArray();
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                var filter = filterOfRow(y);
                zlib.WriteByte((byte)filter);
                for (var x = 0; x < rows[y].Length; x++)
                {
                    int a = x >= channels ? rows[y][x - channels] : 0, b = y > 0 ? rows[y - 1][x] : 0, c = x >= channels && y > 0 ? rows[y - 1][x - channels] : 0;
                    var p = a + b - c;
                    var paeth = Math.Abs(p - a) <= Math.Abs(p - b) && Math.Abs(p - a) <= Math.Abs(p - c) ? a : Math.Abs(p - b) <= Math.Abs(p - c) ? b : c;
                    var predicted = filter switch { 1 => a, 2 => b, 3 => (a + b) / 2, 4 => paeth, _ => 0 };
                    zlib.WriteByte((byte)(rows[y][x] - predicted));
                }
            }
        }

        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, (byte)(channels == 4 ? 6 : 2), 0, 0, 0]);
        var data = raw.ToArray();
        Chunk(png, "IDAT", data[..(data.Length / 2)]);
        Chunk(png, "IDAT", data[(data.Length / 2)..]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        png.Write(BigEndian(data.Length));
        png.Write(Encoding.ASCII.GetBytes(type));
        png.Write(data);
        png.Write(new byte[4]);
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    [TestCase(3)]
    [TestCase(4)]
    public void AnImageOfOneColourIsThatColourWhateverTheFilters(int channels)
    {
        var png = Png(7, 5, channels, (_, _) => channels == 4 ? [250, 128, 3, 255] : [250, 128, 3], y => y % 5);

        Assert.That(PngColours.SingleColour(png), Is.EqualTo("#fa8003"));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void OneDifferentPixelAnywhereMakesSeveralColours(int filter)
    {
        var png = Png(6, 4, 4, (x, y) => x == 5 && y == 3 ? [255, 255, 254, 255] : [255, 255, 255, 255], _ => filter);

        Assert.That(PngColours.SingleColour(png), Is.Null);
    }

    [Test]
    public void ThePixelsDecodeToWhatWasWritten()
    {
        var png = Png(3, 3, 3, (x, y) => [(byte)(x * 40), (byte)(y * 70), (byte)(x + y)], y => new[] { 4, 3, 1 }[y]);

        var (width, height, channels, pixels) = PngColours.Decode(png);

        Assert.That((width, height, channels), Is.EqualTo((3, 3, 3)));
        var at = ((2 * 3) + 1) * 3; // x = 1, y = 2
        Assert.That(pixels.Skip(at).Take(3), Is.EqualTo(new byte[] { 40, 140, 3 }));
    }

    [Test]
    public void NotAPngIsRefused()
    {
        Assert.That(() => PngColours.SingleColour(Encoding.ASCII.GetBytes("GIF89a")), Throws.TypeOf<InvalidDataException>());
    }
}
