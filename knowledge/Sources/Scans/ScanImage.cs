namespace Assistant.Knowledge.Sources.Scans;

/// <summary>A page image taken from a PDF, or pasted into a Word document.</summary>
/// <param name="Bytes">An encoded image file: JPEG as scanners store it, or PNG (the reader converts other encodings).</param>
/// <param name="Width">Width in pixels as the container states it; 0 when it does not (a Word picture).</param>
/// <param name="Height">Height in pixels as the container states it; 0 when it does not.</param>
public sealed record ScanImage(byte[] Bytes, int Width, int Height);
