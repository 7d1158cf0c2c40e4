using SpoilerGen.Load;
using SpoilerGen.Load.Jail;

namespace SpoilerGen.Render.Output;

/// <summary>
/// A file copied from the site's sources, such as an image under <c>static/</c>: its bytes are read only
/// through <see cref="SiteFileHandle"/>, so that what is published is what the jail checked.
/// </summary>
public sealed record CopiedOutputFile(string RelativePath, SiteFile Source) : OutputFile(RelativePath);
