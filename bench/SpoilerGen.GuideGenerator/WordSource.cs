namespace SpoilerGen.Bench;

/// <summary>
/// Seeded text: made-up names and words from syllables, mixed with common English words so that
/// search indexes see stop words and word frequencies like a real guide's.
/// </summary>
public sealed class WordSource(Random random)
{
    private static readonly string[] Syllables =
        ["ka", "ri", "mo", "tan", "sel", "vo", "ra", "nim", "po", "lu", "en", "dar", "shi", "gra", "ul", "bek", "ma", "zo", "fen", "tir", "ona", "ves", "hul", "ci"];

    private static readonly string[] Common =
        ["the", "and", "of", "to", "a", "in", "that", "is", "was", "he", "she", "for", "it", "with", "as", "his", "her", "on", "be", "at",
         "by", "had", "they", "from", "but", "not", "what", "all", "were", "when", "we", "there", "can", "an", "their", "if", "would",
         "school", "friends", "escape", "night", "roof", "door", "class", "teacher", "army", "city", "virus", "family", "phone", "secret",
         "fight", "hides", "runs", "finds", "loses", "trusts", "betrays", "saves", "remembers", "leaves", "returns", "waits", "breaks"];

    private readonly string[] _invented = Enumerable.Range(0, 3000).Select(_ => Invent(random)).ToArray();

    public string Word() => random.NextDouble() < 0.6 ? Common[random.Next(Common.Length)] : _invented[random.Next(_invented.Length)];

    public string Name() => Capitalise(_invented[random.Next(_invented.Length)]);

    public string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word()));

    public string Sentence(int count) => Capitalise(Words(count)) + ".";

    public static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Invent(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
}
