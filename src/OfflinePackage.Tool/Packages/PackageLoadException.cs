using System;

namespace OfflinePackage.Tool.Packages
{
    /// <summary>A package that cannot be read; the message is worded for the user.</summary>
    internal sealed class PackageLoadException : Exception
    {
        public PackageLoadException(string message)
            : base(message)
        {
        }
    }
}
