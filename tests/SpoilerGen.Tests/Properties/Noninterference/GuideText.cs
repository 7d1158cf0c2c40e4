namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>
/// Random words for generated guides. Heading and tag words come from small sets, so that ids, slugs and tag
/// pages collide across levels, which is where a later heading or tag could shift an earlier one.
/// </summary>
public sealed class GuideText(Random random)
{
    private static readonly string[] Words =
        ["amber", "brook", "cedar", "delta", "ember", "fjord", "grove", "harbor", "ivory", "juniper",
         "kelp", "lumen", "marsh", "north", "onyx", "pine", "quill", "raven", "slate", "thorn"];

    private static readonly string[] HeadingWords = ["origins", "fate", "family", "trivia"];

    private static readonly string[] TagWords = ["hero", "villain", "twins", "ghost", "crew"];

    public Random Random => random;

    public string Run(int minimum, int maximum) =>
        string.Join(' ', Enumerable.Range(0, random.Next(minimum, maximum + 1)).Select(_ => Words[random.Next(Words.Length)]));

    /// <summary>Prose of one to eight words.</summary>
    public string Prose() => Run(1, 8);

    /// <summary>Prose that is not <paramref name="old"/> and not as long, so that sizes and offsets change too.</summary>
    public string Other(string old)
    {
        while (true)
        {
            var text = Prose();
            if (text.Length != old.Length) return text;
        }
    }

    public string Heading() => string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => HeadingWords[random.Next(HeadingWords.Length)]));

    public string Tag() => TagWords[random.Next(TagWords.Length)];

    public bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>A level from <paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    public int Between(int low, int high) => random.Next(low, high + 1);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
