using System.Xml;
using System.Xml.Linq;

namespace Assistant.Knowledge.Sources;

/// <summary>Loads one XML part of a packaged document (OFD, OpenDocument); a part that is empty or not well-formed
/// makes the file damaged, said with the part's name.</summary>
internal static class XmlPart
{
    public static XElement Load(Stream stream, string part, LoadOptions options = LoadOptions.None)
    {
        try
        {
            return XDocument.Load(stream, options).Root ?? throw new InvalidDataException($"{part} is empty: the file is damaged");
        }
        catch (XmlException)
        {
            throw new InvalidDataException($"{part} is not well-formed XML: the file is damaged");
        }
    }
}
