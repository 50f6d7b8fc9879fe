using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// How the tools open the files they are given (.amr files, keys, h5_json.json, Info.plist): only regular files
    /// (a link is followed only to one), so that a device, FIFO or socket is refused with a message instead of read
    /// forever (/dev/zero) or waited on (a FIFO without a writer); and whole files only up to a limit that is enforced
    /// while reading, as the length a file system reports (0 for /dev/zero) proves nothing.
    /// </summary>
    internal static class BoundedFile
    {
        /// <summary>Opens a regular file for reading.</summary>
        /// <exception cref="NotARegularFileException">The path names a device, FIFO, socket or directory, or a link to one.</exception>
        public static FileStream OpenRegular(string path)
        {
            // Checked before opening (opening a FIFO waits for a writer) and on the open file (the path may have changed).
            RefuseUnlessRegular(path, FileType.OfPath(path));
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            try
            {
                RefuseUnlessRegular(path, FileType.OfHandle(stream.SafeFileHandle));
                return stream;
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        /// <summary>The bytes of a regular file of at most <paramref name="maxBytes"/> bytes.</summary>
        /// <exception cref="FileTooLargeException">The file holds more than <paramref name="maxBytes"/> bytes.</exception>
        public static byte[] ReadAllBytes(string path, int maxBytes)
        {
            using var stream = OpenRegular(path);
            if (stream.Length > maxBytes)
            {
                throw new FileTooLargeException(maxBytes);
            }

            using var bytes = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1L - bytes.Length))) > 0)
            {
                bytes.Write(chunk, 0, read);
                if (bytes.Length > maxBytes)
                {
                    throw new FileTooLargeException(maxBytes);
                }
            }

            return bytes.ToArray();
        }

        private static void RefuseUnlessRegular(string path, FileType.Kind kind)
        {
            if (kind == FileType.Kind.Other)
            {
                throw new NotARegularFileException(path);
            }
        }

        /// <summary>
        /// A file's type from stat(2) through the .NET runtime's own native shim (System.Native, present wherever .NET
        /// runs on Unix: SystemNative_Stat follows links, its FileStatus has the mode as its second int32). On Windows,
        /// or where the shim is missing, the type is unknown and only the size limit applies.
        /// </summary>
        private static class FileType
        {
            public enum Kind
            {
                Unknown,
                Regular,
                Other,
            }

            private const int ModeOffset = 4;
            private const int TypeMask = 0xF000;
            private const int RegularType = 0x8000;
            private const int StatusSize = 256;

            public static Kind OfPath(string path) => Query(status => Stat(path, status));

            public static Kind OfHandle(SafeFileHandle handle) => Query(status => FStat(handle, status));

            private static Kind Query(Func<byte[], int> stat)
            {
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                {
                    return Kind.Unknown;
                }

                try
                {
                    var status = new byte[StatusSize];
                    if (stat(status) != 0)
                    {
                        // Missing or inaccessible: opening the file reports that in the system's words.
                        return Kind.Unknown;
                    }

                    return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) == RegularType ? Kind.Regular : Kind.Other;
                }
                catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
                {
                    return Kind.Unknown;
                }
            }

            [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
            private static extern int Stat(string path, byte[] status);

            [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat")]
            private static extern int FStat(SafeFileHandle fd, byte[] status);
        }
    }

    /// <summary>A path names a device, FIFO, socket or directory (or a link to one), which the tools do not read.</summary>
    internal sealed class NotARegularFileException : IOException
    {
        public NotARegularFileException(string path)
            : base(Texts.File_NotRegular.With(path))
        {
        }
    }

    /// <summary>A file holds more bytes than the tools read from a file of its kind.</summary>
    internal sealed class FileTooLargeException : IOException
    {
        public FileTooLargeException(long maxBytes)
            : base(Texts.File_TooLarge.With(maxBytes))
        {
            MaxBytes = maxBytes;
        }

        public long MaxBytes { get; }
    }
}
