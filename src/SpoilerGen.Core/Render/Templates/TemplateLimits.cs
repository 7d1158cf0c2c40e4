using Scriban;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// Scriban's limits, set explicitly: Scriban's defaults (1,048,576 characters of output, cut
/// silently with "..."; 1,000 loop iterations) are too small for real guides, and its default on
/// reaching one is to truncate. Here every limit fits any real guide (a 1,000-episode series, a
/// 50 MB page) and reaching one throws, which the renderer reports as SG0403 naming the template and
/// the page: a runaway theme is stopped, and nothing is ever cut.
/// </summary>
public static class TemplateLimits
{
    /// <summary>Characters one page's template may write (and any one value may print): 128 Mi.</summary>
    public const int OutputCharacters = 128 * 1024 * 1024;

    /// <summary>
    /// Characters of one string a template builds (with <c>+</c>, <c>*</c> or a function): 16 Mi. Scriban checks a
    /// string only against <see cref="OutputCharacters"/>, so <c>s = s + s</c> in a loop doubled it up to 128 Mi
    /// characters (16 s and 1 GB) before it stopped. A page's body is printed as it is, whatever its size.
    /// </summary>
    public const int BuiltStringCharacters = 16 * 1024 * 1024;

    /// <summary>Loop iterations in one render, nested loops counted together.</summary>
    public const int LoopIterations = 10_000_000;

    /// <summary>Nested calls and includes.</summary>
    public const int Recursion = 100;

    /// <summary>How deep an object printed as text is followed.</summary>
    public const int ObjectDepth = 20;

    public static void Apply(TemplateContext context)
    {
        context.OutputLimit = OutputCharacters;
        context.LimitToString = OutputCharacters;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.LoopLimit = LoopIterations;
        context.LoopLimitQueryable = LoopIterations;
        context.RecursiveLimit = Recursion;
        context.ObjectRecursionLimit = ObjectDepth;
    }

    /// <summary>Whether a runtime error is Scriban reporting one of these limits.</summary>
    public static bool IsLimit(string message) =>
        message.Contains("limit", StringComparison.OrdinalIgnoreCase) || message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase);
}
