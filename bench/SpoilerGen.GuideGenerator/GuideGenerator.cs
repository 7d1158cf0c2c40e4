namespace SpoilerGen.Bench;

/// <summary>
/// Makes a guide of <c>sources</c> files for a series of <c>episodes</c> episodes, the same for the same seed.
/// Most pages exist from the start and reveal more as the series goes on, so that every episode is a
/// checkpoint with a tree of its own and a guide of N sources makes about N × (E + 1) pages.
/// </summary>
public sealed class GuideGenerator(int sources, int episodes, int seed)
{
    private const int PagesPerSection = 100;
    private const int TargetBodyCharacters = 3800;

    private readonly Random _random = new(seed);
    private WordSource _words = null!;

    public int Episodes => episodes;

    public IReadOnlyList<GuidePage> Generate()
    {
        _words = new WordSource(_random);
        var sectionCount = Math.Max(2, (int)Math.Round(sources / (double)PagesPerSection));
        var sectionNames = Enumerable.Range(0, sectionCount).Select(i => $"{Slug(_words.Name())}-{i + 1}").ToList();
        var tagPool = Enumerable.Range(0, 40).Select(_ => _words.Name().ToLowerInvariant()).Distinct().ToList();

        // Shapes first, so that links can point at any page; bodies after.
        var shapes = new List<(string Folder, string Slug, bool IsIndex, int Level)> { ("", "", true, 0) };
        shapes.AddRange(sectionNames.Select(name => (name, "", true, 0)));
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = shapes.Count; i < sources; i++)
        {
            var folder = sectionNames[i % sectionCount];
            string slug;
            do slug = Slug(_words.Name() + "-" + _words.Name()); while (!slugs.Add(slug));
            var level = _random.NextDouble() < 0.85 ? 0 : _random.Next(1, episodes + 1);
            shapes.Add((folder, slug, false, level));
        }

        var pages = new List<GuidePage>(shapes.Count);
        foreach (var (folder, slug, isIndex, level) in shapes)
        {
            var name = isIndex ? (folder.Length == 0 ? "The guide" : WordSource.Capitalise(folder.Replace('-', ' '))) : TitleOf(slug);
            var title = new List<(int, string)> { (level, name) };
            if (!isIndex && level < episodes && _random.NextDouble() < 0.3) title.Add((Later(level), $"{name}, the {_words.Word()} {_words.Word()}"));
            var summary = new List<(int, string)> { (level, _words.Sentence(12)) };
            if (level < episodes && _random.NextDouble() < 0.3) summary.Add((Later(level), _words.Sentence(14)));
            var tags = isIndex ? [] : Enumerable.Range(0, _random.Next(2, 5))
                .Select(_ => (_random.NextDouble() < 0.3 ? Later(level) : level, tagPool[_random.Next(tagPool.Count)]))
                .DistinctBy(tag => tag.Item2).ToList();
            pages.Add(new GuidePage(folder, slug, isIndex, level, title, summary, tags, _random.Next(1, 100), []));
        }
        return [.. pages.Select(page => page with { Body = Body(page, pages) })];
    }

    private List<GuideElement> Body(GuidePage page, List<GuidePage> pages)
    {
        var body = new List<GuideElement>();
        var characters = 0;
        var sectionLevel = page.Level;
        while (characters < TargetBodyCharacters)
        {
            var roll = _random.NextDouble();
            if (roll < 0.12)
            {
                sectionLevel = _random.NextDouble() < 0.4 ? Later(page.Level) : page.Level;
                var text = WordSource.Capitalise(_words.Words(_random.Next(2, 5)));
                body.Add(new GuideElement.Heading(sectionLevel, text));
                characters += text.Length + 20;
            }
            else if (roll < 0.25)
            {
                var level = Later(sectionLevel);
                var paragraphs = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Paragraph(level, pages)).ToList();
                body.Add(new GuideElement.Block(level, paragraphs));
                characters += paragraphs.Sum(Length) + 30;
            }
            else
            {
                var paragraph = Paragraph(sectionLevel, pages);
                body.Add(paragraph);
                characters += Length(paragraph);
            }
        }
        return body;
    }

    private GuideElement.Paragraph Paragraph(int level, List<GuidePage> pages)
    {
        var runs = new List<GuideElement.Run>();
        for (var sentence = 0; sentence < _random.Next(3, 6); sentence++)
        {
            var roll = _random.NextDouble();
            if (roll < 0.25)
            {
                runs.Add(new GuideElement.Run(Later(level), _words.Sentence(_random.Next(6, 12)), null));
            }
            else if (roll < 0.5 && LinkTarget(level, pages) is { } target)
            {
                runs.Add(new GuideElement.Run(level, _words.Sentence(_random.Next(4, 8)), null));
                runs.Add(new GuideElement.Run(level, GuidePage.At(pages[target].Title, level), target));
            }
            else
            {
                runs.Add(new GuideElement.Run(level, _words.Sentence(_random.Next(8, 16)), null));
            }
        }
        return new GuideElement.Paragraph(level, runs);
    }

    /// <summary>A page that already exists where the link is shown, so that no link waits for its page.</summary>
    private int? LinkTarget(int level, List<GuidePage> pages)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var index = _random.Next(pages.Count);
            if (pages[index].Level <= level) return index;
        }
        return null;
    }

    /// <summary>A level after <paramref name="level"/>, spread over the whole series.</summary>
    private int Later(int level) => level >= episodes ? level : _random.Next(level + 1, episodes + 1);

    private static int Length(GuideElement.Paragraph paragraph) => paragraph.Runs.Sum(run => run.Text.Length + 12);

    private static string TitleOf(string slug) => string.Join(' ', slug.Split('-').Select(WordSource.Capitalise));

    private static string Slug(string text) => text.ToLowerInvariant().Replace(' ', '-');
}
