using SpoilerGen.Testing;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>
/// A second guide, written as a new user's would be: two seasons (so the chooser groups its episodes),
/// episode titles, a theme with an accent, a logo and a hero, and a character whose portrait changes
/// after a twist. Built and served like the example guide.
/// </summary>
public sealed class TwoSeasonGuideFixture : GuideFixture
{
    private readonly TemporaryFolder siteFolder = new("two-season-guide");

    protected override string PrepareSite()
    {
        var root = siteFolder.Path;
        Write(root, "spoilergen.yml", """
            title: Night Shift — a spoiler-free companion
            description: Two seasons of the hospital drama, never past the episode you finished.
            base_url: /guide/
            theme:
              accent: "#0f766e"
              logo: images/logo.svg
              hero: images/hero.svg
            series:
              title: Night Shift
              seasons:
                - number: 1
                  episodes:
                    - { id: s01e01, title: Admissions }
                    - { id: s01e02, title: The Long Night }
                    - { id: s01e03, title: Code Blue }
                - number: 2
                  episodes:
                    - { id: s02e01, title: New Faces }
                    - { id: s02e02, title: Discharge }
            """);
        Write(root, "static/images/logo.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="6" fill="#0f766e"/><path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" fill="#fff"/></svg>""");
        Write(root, "static/images/hero.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 240" width="960" height="240"><rect width="960" height="240" fill="#134e4a"/><rect x="300" y="60" width="360" height="180" fill="#0b2f2c"/><g fill="#fde68a"><rect x="340" y="90" width="40" height="30"/><rect x="460" y="90" width="40" height="30"/><rect x="580" y="90" width="40" height="30"/></g></svg>""");
        Write(root, "static/images/dr-kim.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120"><rect width="120" height="120" fill="#ccfbf1"/><circle cx="60" cy="50" r="24" fill="#f1c7a3"/><path d="M18 120c4-26 22-38 42-38s38 12 42 38z" fill="#f8fafc"/></svg>""");
        Write(root, "static/images/dr-kim-2.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120"><rect width="120" height="120" fill="#fee2e2"/><circle cx="60" cy="50" r="24" fill="#f1c7a3"/><path d="M18 120c4-26 22-38 42-38s38 12 42 38z" fill="#1f2937"/></svg>""");
        Write(root, "content/_index.md", """
            ---
            title: Night Shift
            summary: A companion to the hospital drama that keeps pace with you.
            ---

            Night Shift follows the staff of a city hospital through two seasons. Start with the
            [people](people/_index.md) you meet in the first episode.
            """);
        Write(root, "content/people/_index.md", """
            ---
            title: People
            summary: The doctors and nurses of the night shift.
            ---

            Everyone on the ward, in order of appearance.
            """);
        Write(root, "content/people/dr-kim.md", """
            ---
            title:
              start: Dr. Kim
              s01e03: Dr. Kim, the new chief
            summary:
              start: The surgeon who runs the night shift.
              s01e03: Promoted to chief after the events of Code Blue.
            image:
              start: /images/dr-kim.svg
              s01e03: /images/dr-kim-2.svg
            tags: [surgeons, { name: chiefs, spoiler: s01e03 }]
            ---

            Dr. Kim is the surgeon in charge when the series begins.

            ## Chief {spoiler=s01e03}

            After the third episode she takes over the hospital.
            """);
        Write(root, "content/people/nurse-park.md", """
            ---
            title: Nurse Park
            summary: The charge nurse who knows every patient's name.
            spoiler: s02e01
            tags: [nurses]
            ---

            Nurse Park joins the ward at the start of the second season.
            """);
        return root;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        siteFolder.Dispose();
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
    }
}
