namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>
/// Derives from a guide another one that differs only in what is revealed after checkpoint k: every text
/// shown only past k is replaced by other text of another length, and pages, folders, tags, headings, title
/// steps, blocks, sections and links shown only past k are removed, changed or added. The config stays.
/// </summary>
public sealed class GuideVariant
{
    private readonly GuideSpec _spec;
    private readonly int _checkpoint;
    private readonly GuideText _text;
    private readonly GuideNodeGenerator _nodes;
    private readonly HashSet<string> _keptPages;

    private GuideVariant(GuideSpec spec, int checkpoint, int seed)
    {
        _spec = spec;
        _checkpoint = checkpoint;
        _text = new GuideText(new Random(seed));
        // Pages that a link shown by k names stay (with other content), so that every variant builds.
        var pinned = LinksShownBy(spec, checkpoint).ToHashSet(StringComparer.Ordinal);
        _keptPages = spec.Pages
            .Where(page => spec.PageLevel(page) <= checkpoint || pinned.Contains(spec.ContentPath(page)) || !_text.Chance(0.3))
            .Select(spec.ContentPath).ToHashSet(StringComparer.Ordinal);
        _nodes = new GuideNodeGenerator(_text, spec.Episodes, [.. spec.Pages.Where(p => !p.Draft && _keptPages.Contains(spec.ContentPath(p))).Select(spec.ContentPath)]);
    }

    public static GuideSpec Derive(GuideSpec spec, int checkpoint, int seed) => new GuideVariant(spec, checkpoint, seed).Derive();

    private GuideSpec Derive()
    {
        var folders = _spec.Folders.Select(VaryFolder).ToList();
        var pages = _spec.Pages.Where(page => _keptPages.Contains(_spec.ContentPath(page))).Select(VaryPage).ToList();
        var added = _text.Between(0, 2);
        for (var i = 0; i < added && _checkpoint < _spec.Episodes; i++)
        {
            var folder = "";
            if (_text.Chance(0.3))
            {
                folder = $"later-{i}";
                folders.Add(new GuideFolder(folder, _nodes.LevelAfter(_checkpoint), _text.Chance(0.3), GuideGenerator.Progression(_text, _spec.Episodes), _nodes.List(2, 1, 0)));
            }
            else if (folders.Count > 0 && _text.Chance(0.5))
            {
                folder = _text.Pick(folders).Path;
            }
            pages.Add(new GuidePage(folder, $"q{i}-{_text.Run(1, 2).Replace(' ', '-')}", _nodes.LevelAfter(_checkpoint), _text.Chance(0.1),
                _text.Chance(0.3) ? $"added-{i}" : null, null,
                GuideGenerator.Progression(_text, _spec.Episodes), [], GuideGenerator.Tags(_text, _spec.Episodes), _nodes.List(2, 2, 1)));
        }
        return _spec with { HomeBody = VaryNodes(_spec.HomeBody, 0, 2), Folders = [.. folders], Pages = [.. pages] };
    }

    private GuideFolder VaryFolder(GuideFolder folder)
    {
        if (folder.IndexLevel is null) return folder;
        var level = _spec.FolderLevel(folder.Path);
        return folder with { IndexTitle = VaryEntries(folder.IndexTitle, level, keepFirst: true), IndexBody = VaryNodes(folder.IndexBody, level, 2) };
    }

    private GuidePage VaryPage(GuidePage page)
    {
        var level = _spec.PageLevel(page);
        if (level <= _checkpoint)
        {
            return page with
            {
                Title = VaryEntries(page.Title, level, keepFirst: true),
                Summary = VaryEntries(page.Summary, level, keepFirst: false),
                Tags = VaryTags(page.Tags, level),
                Body = VaryNodes(page.Body, level, 2),
            };
        }
        // Everything about a page shown only past k may change: its level (past k), URL, date and every value.
        return page with
        {
            Level = page.Level > _checkpoint ? _nodes.LevelAfter(_checkpoint) : page.Level,
            // The file's name keeps a moved URL its own: two pages moved to one URL would be an error, not a variant.
            Slug = _text.Chance(0.5) ? $"moved-{Path.GetFileNameWithoutExtension(page.FileName)}-{_text.Run(1, 3).Replace(' ', '-')}" : page.Slug,
            Date = _text.Chance(0.5) ? $"2030-0{_text.Between(1, 9)}-2{_text.Between(0, 8)}" : null,
            Title = VaryEntries(page.Title, level, keepFirst: true),
            Summary = VaryEntries(page.Summary, level, keepFirst: false),
            Tags = VaryTags(page.Tags, level),
            Body = VaryNodes(page.Body, level, 2),
        };
    }

    /// <summary>Steps shown past k get other text or go; new steps past k may come. The first step of a title always stays (with other text past k).</summary>
    private GuideEntry[] VaryEntries(GuideEntry[] entries, int baseLevel, bool keepFirst)
    {
        var result = new List<GuideEntry>();
        foreach (var (entry, i) in entries.Select((entry, i) => (entry, i)))
        {
            if (Math.Max(entry.Level, baseLevel) <= _checkpoint) result.Add(entry);
            else if ((keepFirst && i == 0) || !_text.Chance(0.3)) result.Add(entry with { Text = _text.Other(entry.Text) });
        }
        if (_checkpoint < _spec.Episodes && _text.Chance(0.4))
        {
            var level = _nodes.LevelAfter(_checkpoint);
            if (result.All(entry => entry.Level != level)) result.Add(new GuideEntry(level, _text.Prose()));
        }
        return [.. result.OrderBy(entry => entry.Level)];
    }

    private GuideEntry[] VaryTags(GuideEntry[] tags, int pageLevel)
    {
        var result = tags.Where(tag => Math.Max(tag.Level, pageLevel) <= _checkpoint).ToList();
        foreach (var tag in tags.Where(tag => Math.Max(tag.Level, pageLevel) > _checkpoint && !_text.Chance(0.3)))
        {
            result.Add(tag with { Text = _text.Tag() });
        }
        if (_checkpoint < _spec.Episodes && _text.Chance(0.4)) result.Add(new GuideEntry(_nodes.LevelAfter(_checkpoint), _text.Tag()));
        return [.. result.DistinctBy(tag => tag.Text)];
    }

    private GuideNode[] VaryNodes(GuideNode[] nodes, int enclosing, int rank)
    {
        var result = new List<GuideNode>();
        Insert(result, enclosing, rank);
        foreach (var node in nodes)
        {
            if (Vary(node, enclosing, rank) is { } varied) result.Add(varied);
            Insert(result, enclosing, rank);
        }
        return [.. result];
    }

    /// <summary>Sometimes adds a node shown only past k: anything inside what is past k already, else a spoiler block past k.</summary>
    private void Insert(List<GuideNode> result, int enclosing, int rank)
    {
        if (_checkpoint >= _spec.Episodes || !_text.Chance(0.2)) return;
        if (enclosing > _checkpoint) result.Add(_nodes.Node(rank, 1));
        else result.Add(new GuideBlock(_nodes.LevelAfter(_checkpoint), _nodes.List(rank, 1, 1)));
    }

    private GuideNode? Vary(GuideNode node, int enclosing, int rank)
    {
        var hidden = enclosing > _checkpoint;
        switch (node)
        {
            case GuideParagraph paragraph when hidden:
                return _text.Chance(0.2) ? null : _nodes.Paragraph();
            case GuideParagraph { PhraseLevel: { } phrase } paragraph when phrase > _checkpoint:
                // The words around the phrase are shown by k and stay; the phrase may change, level and all.
                return paragraph with { PhraseLevel = _nodes.LevelAfter(_checkpoint), PhraseText = _text.Other(paragraph.PhraseText) };
            case GuideParagraph paragraph:
                return paragraph;
            case GuideHeading heading when hidden:
                return _text.Chance(0.3) ? null : heading with { Text = _text.Heading() };
            case GuideHeading heading:
                return heading;
            case GuideLink link when hidden:
                if (_text.Chance(0.3)) return null;
                return _keptPages.Contains(link.Target) ? link with { Text = _text.Other(link.Text) } : _nodes.Paragraph();
            case GuideLink link:
                return link;
            case GuideShape when hidden:
                return _text.Chance(0.2) ? null : _nodes.Shape();
            case GuideShape shape when Math.Max(enclosing, shape.Level) > _checkpoint:
                // The shown part stays; the hidden part gets other text, another shape, or goes.
                return shape with
                {
                    Level = _nodes.LevelAfter(_checkpoint),
                    Hidden = _text.Other(shape.Hidden),
                    HiddenBlank = _text.Chance(0.5),
                    Absent = _text.Chance(0.3),
                };
            case GuideShape shape:
                return shape;
            case GuideBlock block:
                var blockLevel = Math.Max(enclosing, block.Level);
                if (blockLevel <= _checkpoint) return block with { Inner = VaryNodes(block.Inner, blockLevel, rank) };
                if (_text.Chance(0.25)) return null;
                if (_text.Chance(0.3)) return new GuideBlock(_nodes.LevelAfter(Math.Max(_checkpoint, enclosing - 1)), _nodes.List(rank, 1, 1));
                return block with { Inner = VaryNodes(block.Inner, blockLevel, rank) };
            case GuideSection section:
                var sectionLevel = Math.Max(enclosing, section.Level);
                if (sectionLevel <= _checkpoint) return section with { Inner = VaryNodes(section.Inner, sectionLevel, rank + 1) };
                // The closing heading belongs to the enclosing level: shown by k, it stays where it was.
                var closing = hidden ? _text.Heading() : section.Closing;
                if (_text.Chance(0.25)) return hidden ? null : new GuideHeading(closing, SameRank: true);
                return section with { Heading = _text.Heading(), Inner = VaryNodes(section.Inner, sectionLevel, rank + 1), Closing = closing };
            default:
                throw new InvalidOperationException(node.GetType().Name);
        }
    }

    /// <summary>The pages named by links that some tree up to k shows (their text, at least).</summary>
    private static IEnumerable<string> LinksShownBy(GuideSpec spec, int checkpoint)
    {
        var bodies = spec.Pages.Where(p => spec.PageLevel(p) <= checkpoint).Select(p => (spec.PageLevel(p), p.Body))
            .Concat(spec.Folders.Where(f => f.IndexLevel is not null && spec.FolderLevel(f.Path) <= checkpoint).Select(f => (spec.FolderLevel(f.Path), f.IndexBody)))
            .Append((0, spec.HomeBody));
        foreach (var (level, body) in bodies)
        {
            foreach (var target in Links(body, level, checkpoint)) yield return target;
        }
    }

    private static IEnumerable<string> Links(GuideNode[] nodes, int enclosing, int checkpoint)
    {
        if (enclosing > checkpoint) yield break;
        foreach (var node in nodes)
        {
            var inner = node switch
            {
                GuideLink link => [link.Target],
                GuideBlock block => Links(block.Inner, Math.Max(enclosing, block.Level), checkpoint),
                GuideSection section => Links(section.Inner, Math.Max(enclosing, section.Level), checkpoint),
                _ => [],
            };
            foreach (var target in inner) yield return target;
        }
    }
}
