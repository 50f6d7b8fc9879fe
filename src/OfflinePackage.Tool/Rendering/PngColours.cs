using System;
using System.IO;
using System.IO.Compression;

namespace OfflinePackage.Tool.Rendering
{
    /// <summary>
    /// Reads a PNG as Chromium writes screenshots (8-bit RGB or RGBA, not interlaced) far enough to tell whether every
    /// pixel has one colour.
    /// </summary>
    internal static class PngColours
    {
        private static readonly byte[] Signature = { 137, 80, 78, 71, 13, 10, 26, 10 };

        /// <summary>The one colour (#rrggbb) of an image whose pixels all share it, or null when there are several.</summary>
        public static string? SingleColour(byte[] png)
        {
            var (width, height, channels, pixels) = Decode(png);
            var stride = width * channels;
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < stride; x++)
                {
                    if (pixels[(y * stride) + x] != pixels[x % channels])
                    {
                        return null;
                    }
                }
            }

            return "#" + pixels[0].ToString("x2") + pixels[1].ToString("x2") + pixels[2].ToString("x2");
        }

        /// <summary>Width, height, bytes per pixel and the unfiltered pixel rows.</summary>
        public static (int Width, int Height, int Channels, byte[] Pixels) Decode(byte[] png)
        {
            if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
            {
                throw new InvalidDataException("Not a PNG image.");
            }

            int width = 0, height = 0, channels = 0;
            using var compressed = new MemoryStream();
            for (var at = Signature.Length; at + 12 <= png.Length;)
            {
                var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
                var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
                var data = at + 8;
                if (type == "IHDR")
                {
                    width = BigEndian(png, data);
                    height = BigEndian(png, data + 4);
                    var (depth, colour, interlace) = (png[data + 8], png[data + 9], png[data + 12]);
                    channels = colour == 2 ? 3 : colour == 6 ? 4 : 0;
                    if (depth != 8 || channels == 0 || interlace != 0)
                    {
                        throw new InvalidDataException("Only 8-bit RGB or RGBA PNG images without interlacing are read.");
                    }
                }
                else if (type == "IDAT")
                {
                    compressed.Write(png, data, length);
                }

                at = data + length + 4;
            }

            compressed.Position = 0;
            var stride = width * channels;
            var raw = new byte[height * (stride + 1)];
            using (var inflate = new ZLibStream(compressed, CompressionMode.Decompress))
            {
                inflate.ReadExactly(raw);
            }

            return (width, height, channels, Unfilter(raw, height, stride, channels));
        }

        private static byte[] Unfilter(byte[] raw, int height, int stride, int channels)
        {
            var pixels = new byte[height * stride];
            for (var y = 0; y < height; y++)
            {
                var filter = raw[y * (stride + 1)];
                var source = (y * (stride + 1)) + 1;
                var row = y * stride;
                for (var x = 0; x < stride; x++)
                {
                    var left = x >= channels ? pixels[row + x - channels] : 0;
                    var up = y > 0 ? pixels[row - stride + x] : 0;
                    var upLeft = x >= channels && y > 0 ? pixels[row - stride + x - channels] : 0;
                    var predicted = filter switch
                    {
                        0 => 0,
                        1 => left,
                        2 => up,
                        3 => (left + up) / 2,
                        4 => Paeth(left, up, upLeft),
                        _ => throw new InvalidDataException("Unknown PNG filter " + filter + "."),
                    };
                    pixels[row + x] = (byte)(raw[source + x] + predicted);
                }
            }

            return pixels;
        }

        private static int Paeth(int a, int b, int c)
        {
            var p = a + b - c;
            var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }

        private static int BigEndian(byte[] data, int at) => (data[at] << 24) | (data[at + 1] << 16) | (data[at + 2] << 8) | data[at + 3];
    }
}
