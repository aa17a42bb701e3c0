using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Embeddings;

public sealed class ArticleVectorsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(5)]
    [InlineData(32)]
    [InlineData(1027)]
    public void The_byte_dot_product_equals_the_plain_sum_on_every_length(int length)
    {
        var random = new Random(length);
        var a = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
        var b = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();

        Assert.Equal(a.Zip(b, (x, y) => x * y).Sum(), Int8Vectors.Dot(a, b));
    }

    [Fact]
    public void The_nearest_articles_come_in_the_order_of_their_exact_cosines()
    {
        var random = new Random(7);
        var articles = Enumerable.Range(0, 500).Select(_ => RandomVector(random, 384)).ToList();
        var question = RandomVector(random, 384);
        var vectors = ArticleVectors.From(articles);

        var nearest = vectors.Nearest(vectors.Prepare(question)!, 10);

        // Rounding to bytes may swap two near-equal neighbours, never let a farther article in.
        var exact = articles.Select((v, doc) => (Doc: doc, Cosine: Cosine(v, question))).OrderByDescending(p => p.Cosine).Take(10).ToList();
        Assert.Equal(exact.Select(p => p.Doc).Order(), nearest.Select(n => n.Doc).Order());
        Assert.Equal(nearest.Select(n => n.Cosine).OrderDescending(), nearest.Select(n => n.Cosine));
        Assert.All(nearest, n => Assert.Equal(Cosine(articles[n.Doc], question), n.Cosine, 0.005));
    }

    [Fact]
    public void Accepted_documents_restrict_the_nearest()
    {
        var vectors = ArticleVectors.From([[1f, 0f], [0.9f, 0.1f], [0f, 1f]]);

        var nearest = vectors.Nearest(vectors.Prepare([1f, 0f])!, 2, doc => doc != 0);

        Assert.Equal([1, 2], nearest.Select(n => n.Doc));
    }

    [Fact]
    public void A_question_of_another_length_or_without_direction_is_not_compared()
    {
        var vectors = ArticleVectors.From([[1f, 0f, 0f]]);

        Assert.Null(vectors.Prepare([1f, 0f]));
        Assert.Null(vectors.Prepare([0f, 0f, 0f]));
    }

    [Fact]
    public void A_written_set_reads_back_the_same()
    {
        var random = new Random(3);
        var vectors = ArticleVectors.From(Enumerable.Range(0, 20).Select(_ => RandomVector(random, 17)).ToList());
        var path = _folder.Combine(ArticleVectors.FileName);
        vectors.Write(path);

        var read = ArticleVectors.Read(path);

        var question = read.Prepare(RandomVector(random, 17))!;
        Assert.Equal((20, 17), (read.Count, read.Dimensions));
        Assert.Equal(vectors.Nearest(question, 20), read.Nearest(question, 20));
    }

    [Fact]
    public void A_file_cut_short_or_of_another_kind_is_refused_with_its_path()
    {
        var path = _folder.Combine(ArticleVectors.FileName);
        ArticleVectors.From([[1f, 2f, 3f], [3f, 2f, 1f]]).Write(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^2]);

        Assert.Contains(path, Assert.Throws<InvalidDataException>(() => ArticleVectors.Read(path)).Message);

        File.WriteAllText(path, "not vectors at all, just some text");
        Assert.Contains("not a vector file", Assert.Throws<InvalidDataException>(() => ArticleVectors.Read(path)).Message);
    }

    private static float[] RandomVector(Random random, int dimensions) =>
        Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();

    private static double Cosine(float[] a, float[] b) =>
        a.Zip(b, (x, y) => (double)x * y).Sum() / Math.Sqrt(a.Sum(x => (double)x * x) * b.Sum(x => (double)x * x));

    public void Dispose() => _folder.Dispose();
}
