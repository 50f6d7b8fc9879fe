using System;
using System.Globalization;
using System.Linq;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// The one timestamp every archive entry gets, so that archives do not depend on when or where they were built:
    /// SOURCE_DATE_EPOCH when given (https://reproducible-builds.org/specs/source-date-epoch/), else 1980-01-01 00:00:00.
    /// </summary>
    public static class ArchiveTimestamp
    {
        public static readonly DateTime Default = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        private static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        // The DOS date field cannot go past 2107-12-31; zip readers show the stored wall-clock time as UTC.
        private static readonly DateTime Latest = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);

        /// <summary>Parses SOURCE_DATE_EPOCH (whole seconds since 1970 UTC); null when unset or not a number.</summary>
        public static DateTime? FromSourceDateEpoch(string? value)
        {
            var text = value?.Trim() ?? string.Empty;
            if (text.Length == 0 || !text.All(c => c >= '0' && c <= '9'))
            {
                return null;
            }

            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return Latest;
            }

            var time = seconds > (long)(Latest - Epoch).TotalSeconds ? Latest : Epoch.AddSeconds(seconds);
            return time < Default ? Default : time;
        }

        /// <summary>The MS-DOS time and date words of a zip header (2-second resolution).</summary>
        public static (ushort Time, ushort Date) ToDos(DateTime time) =>
            ((ushort)((time.Hour << 11) | (time.Minute << 5) | (time.Second / 2)),
             (ushort)(((time.Year - 1980) << 9) | (time.Month << 5) | time.Day));
    }
}
