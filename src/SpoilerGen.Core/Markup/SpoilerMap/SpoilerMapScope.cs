using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.SpoilerMap;

/// <summary>
/// What one spoiler map render of one page body needs and collects: the page's own level, labels for
/// levels, where links lead, and every region in the order it was written.
/// </summary>
/// <param name="pageLevel">The level from which the whole page exists: nothing on it is shown earlier.</param>
/// <param name="levelLabel">A spoiler-free label for a level ("Episode 12").</param>
/// <param name="resolveLink">The URL a link or image has on the map.</param>
/// <param name="fileLineOffset">Lines before the body in the source file, to report regions at their file line.</param>
public sealed class SpoilerMapScope(int pageLevel, Func<int, string> levelLabel, Func<LinkInline, string> resolveLink, int fileLineOffset)
{
    private readonly List<SpoilerRegion> _regions = [];
    private readonly Stack<int> _enclosing = new([pageLevel]);

    public IReadOnlyList<SpoilerRegion> Regions => _regions;

    /// <summary>The level from which the content being written is shown: the latest of every region around it.</summary>
    public int EnclosingLevel => _enclosing.Peek();

    public string LevelLabel(int level) => levelLabel(level);

    public string ResolveLink(LinkInline link) => resolveLink(link);

    /// <summary>Records a region and enters it; <see cref="Leave"/> must follow once its content is written.</summary>
    public SpoilerRegion Enter(SpoilerRegionKind kind, IRevealable markup, int bodyLine, int bodyColumn, string text)
    {
        var shownFrom = Math.Max(markup.Level, EnclosingLevel);
        var region = new SpoilerRegion(kind, markup.EpisodeId, markup.Level, shownFrom, fileLineOffset + bodyLine + 1, bodyColumn + 1, text);
        _regions.Add(region);
        _enclosing.Push(shownFrom);
        return region;
    }

    public void Leave() => _enclosing.Pop();
}
