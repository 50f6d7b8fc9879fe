using OfflinePackage.Signing;

namespace OfflinePackage.Tests.Signing;

public class DerReaderTests
{
    [Test]
    public void ReadsIntegersWithoutTheirSignByte()
    {
        var reader = new DerReader(new byte[] { 0x02, 0x02, 0x00, 0x80, 0x02, 0x01, 0x05, 0x02, 0x01, 0x00 });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reader.ReadUnsignedInteger(), Is.EqualTo(new byte[] { 0x80 }));
            Assert.That(reader.ReadSmallInteger(), Is.EqualTo(5));
            Assert.That(reader.ReadUnsignedInteger(), Is.EqualTo(new byte[] { 0 }));
            Assert.That(reader.HasData, Is.False);
        }
    }

    [Test]
    public void ReadsLongFormLengths()
    {
        var content = new byte[300];
        content[0] = 0x01;
        var der = new byte[] { 0x04, 0x82, 0x01, 0x2C }.Concat(content).ToArray();
        Assert.That(new DerReader(der).ReadOctetString(), Is.EqualTo(content));
    }

    [Test]
    public void ReadsTheRsaObjectIdentifier_AndWritesItBack()
    {
        var der = new byte[] { 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01 };
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new DerReader(der).ReadObjectIdentifier(), Is.EqualTo("1.2.840.113549.1.1.1"));
            Assert.That(DerWriter.ObjectIdentifier("1.2.840.113549.1.1.1"), Is.EqualTo(der));
        }
    }

    [Test]
    public void WriterAndReader_AgreeOnSequencesIntegersAndBitStrings()
    {
        var big = Enumerable.Range(1, 200).Select(i => (byte)i).ToArray();
        big[0] = 0xF0;
        var der = DerWriter.Sequence(DerWriter.UnsignedInteger(big), DerWriter.Null(), DerWriter.BitString(new byte[] { 9, 8 }));
        var root = new DerReader(der);
        var sequence = root.ReadSequence();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sequence.ReadUnsignedInteger(), Is.EqualTo(big));
            Assert.That(() => sequence.ReadNull(), Throws.Nothing);
            Assert.That(sequence.ReadBitString(), Is.EqualTo(new byte[] { 9, 8 }));
            Assert.That(() => root.ExpectEnd(), Throws.Nothing);
        }
    }

    [TestCase(new byte[0], "ends early")]
    [TestCase(new byte[] { 0x30 }, "ends early")]
    [TestCase(new byte[] { 0x30, 0x80, 0x00, 0x00 }, "Indefinite")]
    [TestCase(new byte[] { 0x30, 0x85, 1, 1, 1, 1, 1 }, "too large")]
    [TestCase(new byte[] { 0x30, 0x05, 0x02, 0x01 }, "longer than")]
    [TestCase(new byte[] { 0x02, 0x01, 0x01 }, "Expected tag 0x30")]
    [TestCase(new byte[] { 0x1F, 0x01, 0x00 }, "High tag")]
    public void MalformedInput_IsADerFormatException(byte[] der, string reason)
    {
        Assert.That(() => new DerReader(der).ReadSequence(), Throws.TypeOf<DerFormatException>().With.Message.Contains(reason));
    }

    [Test]
    public void NegativeAndEmptyIntegers_AreRejected()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => new DerReader(new byte[] { 0x02, 0x01, 0xFF }).ReadUnsignedInteger(), Throws.TypeOf<DerFormatException>());
            Assert.That(() => new DerReader(new byte[] { 0x02, 0x00 }).ReadUnsignedInteger(), Throws.TypeOf<DerFormatException>());
        }
    }

    [Test]
    public void BitStringWithUnusedBits_IsRejected()
    {
        Assert.That(() => new DerReader(new byte[] { 0x03, 0x02, 0x01, 0xFE }).ReadBitString(), Throws.TypeOf<DerFormatException>());
    }

    [Test]
    public void TrailingData_FailsExpectEnd()
    {
        var reader = new DerReader(new byte[] { 0x05, 0x00, 0x05, 0x00 });
        reader.ReadNull();
        Assert.That(() => reader.ExpectEnd(), Throws.TypeOf<DerFormatException>());
    }
}
