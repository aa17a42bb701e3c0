namespace Assistant.Indexer.Ocr;

/// <summary>Connected regions of a raster (8-neighbourhood): the pixels of the region a start pixel belongs to.</summary>
internal static class PixelRegions
{
    /// <summary>Collects into <paramref name="region"/> (cleared first) every pixel connected to <paramref name="start"/>
    /// through pixels that are <paramref name="member"/>s, marking them in <paramref name="seen"/>.</summary>
    public static void Grow(int start, int width, int height, Func<int, bool> member, bool[] seen, List<int> region)
    {
        region.Clear();
        region.Add(start);
        seen[start] = true;
        for (var k = 0; k < region.Count; k++)
        {
            int x = region[k] % width, y = region[k] / width;
            for (var dy = -1; dy <= 1; dy++)
            {
                for (var dx = -1; dx <= 1; dx++)
                {
                    int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= width || ny >= height)
                        continue;
                    var next = ny * width + nx;
                    if (!seen[next] && member(next))
                    {
                        seen[next] = true;
                        region.Add(next);
                    }
                }
            }
        }
    }
}
