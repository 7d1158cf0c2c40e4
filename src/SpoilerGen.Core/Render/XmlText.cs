using System.Xml.Linq;

namespace SpoilerGen.Render;

/// <summary>Serializes an XML document for output, with its declaration; LINQ to XML does the escaping.</summary>
public static class XmlText
{
    public static string Of(XElement root) => "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + root + "\n";
}
