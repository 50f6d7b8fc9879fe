using OfflinePackage.Archives;

namespace OfflinePackage.Tests.Archives;

public class PiecePipelineTests
{
    [TestCase(1, 1)]
    [TestCase(2, 2)]
    [TestCase(16, 16)]
    [TestCase(64, 16)]
    public void APipeline_StartsAWorkerPerCore_UpToSixteen(int cores, int workers)
    {
        // Memory grows with the slots, four a worker: 64 cores would have held 512 MB of pieces.
        Assert.That(PiecePipeline.DefaultWorkers(cores), Is.EqualTo(workers));
        Assert.That(PiecePipeline.SlotCount(PiecePipeline.DefaultWorkers(cores)) * 2.1, Is.LessThan(150), "MiB of pieces at most");
    }
}
