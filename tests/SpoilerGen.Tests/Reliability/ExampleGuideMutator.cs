using System.Text;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Breaks a text file the way editors, bad merges and hostile authors do: random bytes flipped,
/// inserted or cut, and whole lines dropped, doubled, swapped or replaced with the syntax SpoilerGen
/// reads (YAML flows, front matter fences, spoiler markup, deep nesting, Scriban). Deterministic for a seed.
/// </summary>
public sealed class ExampleGuideMutator(Random random)
{
    private static readonly string[] Fragments =
    [
        "---", "...", "a: [b", "c: {d: e", "title: ~", "spoiler: s09e99", "spoiler: s01e12", "slug: ..", "slug: ''",
        "tags: ['!!!']", "::: spoiler s01e05", ":::", "::: spoiler", "## Heading {spoiler=s01e03}", "[phrase]{spoiler=s01e02}",
        "[phrase]{spoiler=}", "[link](../nowhere.md)", "[link](characters/nam-ra.md#x)", "![img](/images/none.png)",
        "<!-- comment", "{{ page.title }}", "\t- x", "*&anchor x", "key: *undefined", new string('>', 200), new string('[', 300),
        string.Concat(Enumerable.Repeat("::: spoiler s01e02\n", 150)), "\u00e9\u0301\u200b\ufeff", "\\x1b", "&amp; <script>",
        "{{", "}}", "{{ end }}", "{{ for x in 1..100 }}", "{{ include 'partials/head.html' }}", "{{ page.title | string.upcase }}",
        "{{ site.nothing.more }}", "{{ 1 / 0 }}", "{{ [1,2,3][7] }}", "{{ x = {}; x.a = x; x }}", "{{ func f; ret f; end; f }}",
        "{{ date.parse 'never' }}", "{{ 'a' * 99999999999 }}", "{{ capture c }}", "{{ ~ }}", "{%{ raw }%}",
    ];

    public byte[] Mutate(byte[] original)
    {
        var bytes = original.ToList();
        var mutations = random.Next(1, 4);
        for (var i = 0; i < mutations; i++)
        {
            if (random.Next(2) == 0) MutateBytes(bytes);
            else bytes = MutateLines(bytes);
        }
        return [.. bytes];
    }

    private void MutateBytes(List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(4))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes.Insert(at, (byte)random.Next(256));
                break;
            case 2 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 16)));
                break;
            default:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                break;
        }
    }

    private List<byte> MutateLines(List<byte> bytes)
    {
        var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n').ToList();
        var at = random.Next(lines.Count);
        switch (random.Next(5))
        {
            case 0 when lines.Count > 1:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[at]);
                break;
            case 2:
                var other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            case 3:
                lines[at] = Fragments[random.Next(Fragments.Length)];
                break;
            default:
                lines.Insert(at, Fragments[random.Next(Fragments.Length)]);
                break;
        }
        return [.. Encoding.UTF8.GetBytes(string.Join('\n', lines))];
    }
}
