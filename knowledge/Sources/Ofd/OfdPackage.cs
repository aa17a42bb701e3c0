using System.IO.Compression;
using System.Xml.Linq;

namespace Assistant.Knowledge.Sources.Ofd;

/// <summary>
/// The zip package of an OFD file (GB/T 33190): its XML parts found by the locations other parts give, absolute
/// (<c>/Doc_0/Document.xml</c>) or relative to the part that names them (<c>Pages/Page_0/Content.xml</c>).
/// Every problem is an <see cref="InvalidDataException"/> saying which part is wrong.
/// </summary>
internal sealed class OfdPackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;

    private OfdPackage(ZipArchive zip)
    {
        _zip = zip;
        _entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
            _entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
    }

    /// <summary>Opens the package at <paramref name="path"/>.</summary>
    public static OfdPackage Open(string path)
    {
        var stream = File.OpenRead(path);
        try
        {
            return new OfdPackage(new ZipArchive(stream, ZipArchiveMode.Read));
        }
        catch (InvalidDataException)
        {
            stream.Dispose();
            throw new InvalidDataException("not an OFD file: it is not a zip package (damaged, or another format renamed .ofd)");
        }
    }

    /// <summary>Whether the package has a part at <paramref name="location"/>.</summary>
    public bool Has(string location) => _entries.ContainsKey(location);

    /// <summary>The root element of the XML part at <paramref name="location"/>.</summary>
    public XElement Xml(string location)
    {
        using var stream = Open(location, out _);
        return XmlPart.Load(stream, location);
    }

    /// <summary>The bytes of the part at <paramref name="location"/> (an image).</summary>
    public byte[] Bytes(string location)
    {
        using var stream = Open(location, out var length);
        var buffer = new MemoryStream((int)Math.Min(length, int.MaxValue));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The package location a part names: absolute from the package root when it starts with <c>/</c>, else
    /// relative to <paramref name="folder"/>, the folder of the part that names it.</summary>
    public static string Resolve(string folder, string location)
    {
        var trimmed = location.Trim().Replace('\\', '/');
        var parts = new List<string>();
        if (!trimmed.StartsWith('/') && folder.Length > 0)
            parts.AddRange(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in trimmed.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    /// <summary>The folder of a part, for resolving the locations it names.</summary>
    public static string FolderOf(string location) =>
        location.LastIndexOf('/') is var slash and >= 0 ? location[..slash] : string.Empty;

    private Stream Open(string location, out long length)
    {
        if (!_entries.TryGetValue(location, out var entry))
            throw new InvalidDataException($"{location} is missing from the package: the file is damaged");
        length = entry.Length;
        return entry.Open();
    }

    /// <inheritdoc />
    public void Dispose() => _zip.Dispose();
}
