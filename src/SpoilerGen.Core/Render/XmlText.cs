using System.Xml;
using System.Xml.Linq;

namespace SpoilerGen.Render;

/// <summary>Serializes an XML document for output, with its declaration; LINQ to XML does the escaping.</summary>
public static class XmlText
{
    public static string Of(XElement root)
    {
        // Sources are checked for control characters; this keeps any that slip through (a config
        // value, say) from failing the build: XML 1.0 cannot hold them at all.
        foreach (var text in root.DescendantNodesAndSelf().OfType<XText>()) text.Value = XmlSafe(text.Value);
        foreach (var attribute in root.DescendantsAndSelf().Attributes()) attribute.Value = XmlSafe(attribute.Value);
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + root + "\n";
    }

    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var safe = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) safe.Append(text, i++, 2);
            else safe.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
        }
        return safe.ToString();
    }
}
