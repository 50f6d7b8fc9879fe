using OfflinePackage.Archives;

namespace OfflinePackage.Tests.Archives;

public class ArchiveTimestampTests
{
    private static readonly DateTime Dos1980 = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime DosLatest = new(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);

    private static string UnixSeconds(int year, int month, int day, int hour, int minute, int second) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Default_Is1980JanuaryFirstMidnight()
    {
        Assert.That(ArchiveTimestamp.Default, Is.EqualTo(Dos1980));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("abc")]
    [TestCase("12abc")]
    [TestCase("1.5")]
    [TestCase("1e9")]
    [TestCase("0x10")]
    [TestCase("1 000")]
    [TestCase("+1700000000")]
    public void FromSourceDateEpoch_UnsetOrNotAnInteger_IsNull(string? value)
    {
        Assert.That(ArchiveTimestamp.FromSourceDateEpoch(value), Is.Null);
    }

    [TestCase("1700000000", 2023, 11, 14, 22, 13, 20)]
    [TestCase(" 1700000000 ", 2023, 11, 14, 22, 13, 20)]
    [TestCase("315532800", 1980, 1, 1, 0, 0, 0)]
    [TestCase("315532802", 1980, 1, 1, 0, 0, 2)]
    [TestCase("946684799", 1999, 12, 31, 23, 59, 59)]
    public void FromSourceDateEpoch_SecondsSince1970Utc(string value, int year, int month, int day, int hour, int minute, int second)
    {
        var result = ArchiveTimestamp.FromSourceDateEpoch(value);

        Assert.That(result, Is.EqualTo(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc)));
    }

    [TestCase("0")]
    [TestCase("1")]
    [TestCase("315532799")]
    public void FromSourceDateEpoch_Before1980_ClampsTo1980(string value)
    {
        Assert.That(ArchiveTimestamp.FromSourceDateEpoch(value), Is.EqualTo(Dos1980));
    }

    [TestCase("-1")]
    [TestCase("-315532800")]
    public void FromSourceDateEpoch_Negative_NeverGivesATimeBefore1980(string value)
    {
        // A negative epoch is either ignored (null: the caller uses 1980) or clamped to 1980; both are fine.
        Assert.That(ArchiveTimestamp.FromSourceDateEpoch(value), Is.Null.Or.EqualTo(Dos1980));
    }

    [Test]
    public void FromSourceDateEpoch_LatestDosTime_IsKept()
    {
        Assert.That(ArchiveTimestamp.FromSourceDateEpoch(UnixSeconds(2107, 12, 31, 23, 59, 58)), Is.EqualTo(DosLatest));
    }

    [TestCase(2107, 12, 31, 23, 59, 59)]
    [TestCase(2108, 1, 1, 0, 0, 0)]
    [TestCase(3000, 1, 1, 0, 0, 0)]
    [TestCase(9999, 12, 31, 23, 59, 59)]
    public void FromSourceDateEpoch_PastTheDosRange_ClampsTo2107(int year, int month, int day, int hour, int minute, int second)
    {
        Assert.That(ArchiveTimestamp.FromSourceDateEpoch(UnixSeconds(year, month, day, hour, minute, second)), Is.EqualTo(DosLatest));
    }

    [TestCase("99999999999")]
    [TestCase("9223372036854775807")]
    public void FromSourceDateEpoch_HugeNumber_ClampsTo2107(string value)
    {
        Assert.That(ArchiveTimestamp.FromSourceDateEpoch(value), Is.EqualTo(DosLatest));
    }

    [Test]
    public void FromSourceDateEpoch_IntegerBeyondInt64_ClampsTo2107()
    {
        Assert.That(ArchiveTimestamp.FromSourceDateEpoch("99999999999999999999"), Is.EqualTo(DosLatest));
    }

    [Test]
    public void ToDos_KnownDate()
    {
        // 2023-11-14 22:13:20: time = 22<<11 | 13<<5 | 20/2 = 0xB1AA; date = (2023-1980)<<9 | 11<<5 | 14 = 0x576E.
        var (time, date) = ArchiveTimestamp.ToDos(new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(time, Is.EqualTo((ushort)0xB1AA));
            Assert.That(date, Is.EqualTo((ushort)0x576E));
        }
    }

    [Test]
    public void ToDos_OddSeconds_RoundDownToTwoSecondResolution()
    {
        var odd = ArchiveTimestamp.ToDos(new DateTime(2023, 11, 14, 22, 13, 21, DateTimeKind.Utc));
        var even = ArchiveTimestamp.ToDos(new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc));

        Assert.That(odd, Is.EqualTo(even));
    }

    [Test]
    public void ToDos_Earliest()
    {
        // 1980-01-01 00:00:00: time 0; date = 0<<9 | 1<<5 | 1 = 0x0021.
        var (time, date) = ArchiveTimestamp.ToDos(Dos1980);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(time, Is.EqualTo((ushort)0));
            Assert.That(date, Is.EqualTo((ushort)0x0021));
        }
    }

    [Test]
    public void ToDos_Latest()
    {
        // 2107-12-31 23:59:58: time = 23<<11 | 59<<5 | 29 = 0xBF7D; date = 127<<9 | 12<<5 | 31 = 0xFF9F.
        var (time, date) = ArchiveTimestamp.ToDos(DosLatest);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(time, Is.EqualTo((ushort)0xBF7D));
            Assert.That(date, Is.EqualTo((ushort)0xFF9F));
        }
    }
}
