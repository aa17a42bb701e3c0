using Assistant.Knowledge.Sources;

namespace Assistant.Knowledge.Tests.Sources;

/// <summary>Reads a fixture with bytes changed at random, round after round: each read must give a text or say in words
/// why not (an <see cref="InvalidDataException"/>); any other exception fails the test.</summary>
internal static class DamagedFiles
{
    /// <summary>How many of <paramref name="rounds"/> damaged copies were reported rather than read.</summary>
    /// <param name="fixture">The fixture's file name.</param>
    /// <param name="folder">Where the damaged copies are written.</param>
    /// <param name="read">Reads one copy.</param>
    /// <param name="rounds">Copies to try.</param>
    /// <param name="maxChanges">Most bytes changed in one copy (at least one).</param>
    public static int Reported(string fixture, string folder, Func<string, SourceReadResult> read, int rounds = 300, int maxChanges = 4)
    {
        var good = File.ReadAllBytes(Fixture.File(fixture));
        var random = new Random(20261125);
        var path = Path.Combine(folder, fixture);
        var reported = 0;
        for (var round = 0; round < rounds; round++)
        {
            var bytes = (byte[])good.Clone();
            for (var changes = random.Next(1, maxChanges + 1); changes > 0; changes--)
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            File.WriteAllBytes(path, bytes);
            try
            {
                Assert.NotEmpty(read(path).Texts);
            }
            catch (InvalidDataException exception)
            {
                Assert.False(string.IsNullOrWhiteSpace(exception.Message));
                reported++;
            }
        }
        return reported;
    }
}
