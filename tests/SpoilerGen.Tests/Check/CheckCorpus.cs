namespace SpoilerGen.Tests.Check;

/// <summary>The sites that <c>check</c>'s lints are held to: what must warn, where, and what must not.</summary>
public static class CheckCorpus
{
    private const string Home = "_index.md";

    public static readonly CheckCase[] Cases =
    [
        // SG0601: a possible unmarked spoiler.
        new("name marked in a phrase, unmarked on the home page",
            [(Home, "title: Home", "Gwi-nam waits on the roof."), ("a.md", "title: A", "Nam-ra is here. [Then Gwi-nam bites her.]{spoiler=s01e05}")],
            ["SG0601 content/_index.md(4,1)"]),
        new("name marked in a block, shown unmarked in a block's sibling paragraph",
            [(Home, "title: Home", "::: spoiler s01e05\nThen Gwi-nam bites her.\n:::\n\nBy now Gwi-nam is a rumour."), ("a.md", "title: A", "Nothing.")],
            ["SG0601 content/_index.md(8,8)"]),
        new("name first marked at episode 2 and again at 5 is consistent",
            [(Home, "title: Home", "::: spoiler s01e02\nBy now Gwi-nam is a rumour.\n:::"), ("a.md", "title: A", "::: spoiler s01e05\nThen Gwi-nam bites her.\n:::")],
            []),
        new("name marked by a page's own level, unmarked in a heading, possessive",
            [(Home, "title: Home", "## Gwi-nam's return\n\nNothing yet."), ("b.md", "title: B\nspoiler: s01e04", "The bully Gwi-nam comes back.")],
            ["SG0601 content/_index.md(4,4)"]),
        new("capitalised phrase reported once, as the phrase",
            [(Home, "title: Home", "The students of Hyosan High are trapped."), ("a.md", "title: A", "[The army seals Hyosan High by night.]{spoiler=s01e06}")],
            ["SG0601 content/_index.md(4,17)"]),
        new("name in a title shown from the start is public",
            [(Home, "title: Home", "Gwi-nam waits."), ("gwi-nam.md", "title: Gwi-nam", "[Gwi-nam bites her.]{spoiler=s01e05}")],
            []),
        new("name shown freely more often than it is marked",
            [(Home, "title: Home", "Hyosan is a town. The school in Hyosan is old. We go to Hyosan."), ("a.md", "title: A", "[Then Hyosan burns.]{spoiler=s01e05}")],
            []),
        new("common words and sentence starts",
            [(Home, "title: Home", "She runs. The school is closed. When it rains, they wait."), ("a.md", "title: A", "::: spoiler s01e05\nShe dies. The school burns. When it ends, they leave.\n:::")],
            []),
        new("a lower-case spoiler word is not a name",
            [(Home, "title: Home", "Nobody is a half-zombie yet."), ("a.md", "title: A", "She becomes a [half-zombie]{spoiler=s01e09}.")],
            []),
        new("a name used only inside spoiler markup",
            [(Home, "title: Home", "Nothing to see."), ("a.md", "title: A", "Nam-ra waits. [Then Gwi-nam bites her.]{spoiler=s01e05}")],
            []),

        // SG0602: a link to a folder or URL inside the site.
        new("relative link to a folder",
            [(Home, "title: Home", "Hi."), ("characters/a.md", "title: A", "See [the episodes](../episodes/)."), ("episodes/_index.md", "title: Episodes", "All.")],
            ["SG0602 content/characters/a.md(4,5)"]),
        new("site-rooted URL of a page",
            [(Home, "title: Home", "Meet [A](/characters/a/) now."), ("characters/a.md", "title: A", "A.")],
            ["SG0602 content/_index.md(4,6)"]),
        new("the site's own absolute URL",
            [(Home, "title: Home", "Meet\n[A](https://example.org/guide/s01e02/characters/a/)."), ("characters/a.md", "title: A", "A.")],
            ["SG0602 content/_index.md(5,1)"]),
        new("links that are fine: Markdown files, static files, fragments, other sites, mail",
            [(Home, "title: Home", "[A](characters/a.md), [pic](/images/x.svg), [up](#top), [web](https://example.com/guide/), [mail](mailto:a@example.org)."),
             ("characters/a.md", "title: A", "A.")],
            []),
    ];
}
