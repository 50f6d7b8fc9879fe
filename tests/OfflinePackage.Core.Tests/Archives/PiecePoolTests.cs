using OfflinePackage.Archives;

namespace OfflinePackage.Tests.Archives;

public class PiecePoolTests
{
    private const int Grown = 300_000;

    /// <summary>Takes every slot of the pipeline once through the owner's calls, doing <paramref name="use"/> to each piece.</summary>
    private static List<Piece> UseEverySlot(PiecePipeline pipeline, Action<Piece> use)
    {
        var pieces = new List<Piece>();
        for (var i = 0; i < PiecePipeline.SlotCount(1); i++)
        {
            var piece = pipeline.Begin();
            use(piece);
            pieces.Add(piece);
            pipeline.Submit();
            pipeline.Next();
            pipeline.Release();
        }

        return pieces;
    }

    [SetUp]
    public void EmptyThePool()
    {
        while (PiecePool.Count > 0)
        {
            PiecePool.Take();
        }
    }

    [Test]
    public void APipeline_StartsWithThePiecesOfOneDisposedBefore_BuffersGrownAlready()
    {
        using (var first = new PiecePipeline(_ => { }, CancellationToken.None, workers: 1))
        {
            UseEverySlot(first, piece => piece.EnsureInput(Grown));
        }

        using var second = new PiecePipeline(_ => { }, CancellationToken.None, workers: 1);
        var inputs = UseEverySlot(second, _ => { }).Select(p => p.Input.Length).ToList();

        Assert.That(inputs, Has.All.GreaterThanOrEqualTo(Grown));
    }

    [Test]
    public void AReusedPiece_ComesBackReset()
    {
        using (var first = new PiecePipeline(piece => piece.Crc = 42, CancellationToken.None, workers: 1))
        {
            UseEverySlot(first, piece =>
            {
                piece.SourcePath = "a.js";
                piece.SplicePath = "a.zip";
                piece.Length = 7;
            });
        }

        var piece = PiecePool.Take();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(piece.SourcePath, Is.Null);
            Assert.That(piece.SplicePath, Is.Null);
            Assert.That(piece.Length, Is.Zero);
            Assert.That(piece.Crc, Is.Zero);
        }
    }

    [Test]
    public void DisposingTwice_NeverHandsOnePieceToTwoPipelines()
    {
        var first = new PiecePipeline(_ => { }, CancellationToken.None, workers: 1);
        first.Dispose();
        using var second = new PiecePipeline(_ => { }, CancellationToken.None, workers: 1);
        first.Dispose();
        using var third = new PiecePipeline(_ => { }, CancellationToken.None, workers: 1);

        var seconds = UseEverySlot(second, _ => { });
        var thirds = UseEverySlot(third, _ => { });

        Assert.That(seconds.Intersect(thirds), Is.Empty);
    }

    [Test]
    public void ThePool_KeepsEightPiecesAtMost_HoweverManyCores()
    {
        // A pipeline has four slots a worker: 64 on a 16-core machine, about 2 MiB each.
        var pipelines = Enumerable.Range(0, 3).Select(_ => new PiecePipeline(_ => { }, CancellationToken.None, workers: 16)).ToList();
        pipelines.ForEach(p => p.Dispose());

        Assert.That(PiecePool.Count, Is.EqualTo(8));
    }
}
