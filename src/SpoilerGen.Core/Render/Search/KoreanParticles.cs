namespace SpoilerGen.Render.Search;

/// <summary>
/// Korean writes particles onto the word they mark (온조<b>는</b>, 온조<b>를</b>, 학교<b>에서</b>): the index and
/// <c>search.js</c> both take the commonest off the end of a Hangul run, so that "온조를" finds a page that says
/// "온조는". Only where two syllables or more are left: "아이" (child) keeps its 이.
/// </summary>
public static class KoreanParticles
{
    /// <summary>Longest first, so that 에서 is taken before 에 could be; search.js reads them from the index.</summary>
    public static readonly string[] Endings =
    [
        "에서부터", "으로부터", "에게서", "한테서", "이라고", "이라는", "에서는", "에게는", "으로는", "까지", "부터", "에서", "에게", "한테",
        "께서", "으로", "처럼", "보다", "마다", "조차", "이나", "이랑", "하고", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만",
    ];

    public static string Strip(string run)
    {
        foreach (var ending in Endings)
        {
            if (run.Length - ending.Length >= 2 && run.EndsWith(ending, StringComparison.Ordinal)) return run[..^ending.Length];
        }
        return run;
    }
}
