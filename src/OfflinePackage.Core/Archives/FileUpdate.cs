using System.IO;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// Writes or copies a file only when its content would change, atomically, so an up-to-date output keeps its
    /// timestamp (incremental builds and the consumers' own up-to-date checks stay quiet).
    /// </summary>
    public static class FileUpdate
    {
        /// <returns>Whether the file was written.</returns>
        public static bool WriteIfChanged(string path, byte[] content)
        {
            if (HasContent(path, content))
            {
                return false;
            }

            AtomicFile.Write(path, stream => stream.Write(content, 0, content.Length));
            return true;
        }

        /// <returns>Whether the target was written.</returns>
        public static bool CopyIfChanged(string source, string target)
        {
            if (File.Exists(target) && SameContent(source, target))
            {
                return false;
            }

            AtomicFile.Write(target, stream =>
            {
                using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                input.CopyTo(stream, 1 << 16);
            });
            return true;
        }

        /// <summary>Whether the file exists and holds exactly <paramref name="content"/>.</summary>
        public static bool HasContent(string path, byte[] content) => File.Exists(path) && SameContent(path, content);

        private static bool SameContent(string path, byte[] content)
        {
            var info = new FileInfo(path);
            return info.Length == content.Length && StreamsEqual(info.OpenRead(), new MemoryStream(content, writable: false));
        }

        private static bool SameContent(string left, string right)
        {
            var a = new FileInfo(left);
            var b = new FileInfo(right);
            return a.Length == b.Length && StreamsEqual(a.OpenRead(), b.OpenRead());
        }

        private static bool StreamsEqual(Stream left, Stream right)
        {
            using (left)
            using (right)
            {
                var a = new byte[1 << 16];
                var b = new byte[1 << 16];
                while (true)
                {
                    var read = ReadFull(left, a);
                    if (read != ReadFull(right, b))
                    {
                        return false;
                    }

                    if (read == 0)
                    {
                        return true;
                    }

                    for (var i = 0; i < read; i++)
                    {
                        if (a[i] != b[i])
                        {
                            return false;
                        }
                    }
                }
            }
        }

        private static int ReadFull(Stream stream, byte[] buffer)
        {
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return total;
        }
    }
}
