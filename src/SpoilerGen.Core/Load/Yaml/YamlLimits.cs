using SpoilerGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpoilerGen.Load.Yaml;

/// <summary>
/// Refuses YAML that would never finish being read: an alias inside the node it names (a cycle),
/// aliases that expand into more nodes than any real guide has ("billion laughs"), and nesting deeper
/// than any real config or front matter. YamlDotNet's representation model shares an aliased node,
/// but every walk over the tree visits it once per alias, so the expansion is counted here, event by
/// event, before the tree is built: the time is that of reading the text once.
/// </summary>
public static class YamlLimits
{
    /// <summary>Nodes that aliases may add, all aliases of one document together.</summary>
    public const int MaximumAliasedNodes = 100_000;

    /// <summary>Mappings and lists inside each other: ten times what authors' own data under <c>extra:</c> has been seen to use.</summary>
    public const int MaximumDepth = 1_000;

    /// <summary>How many events are read between two looks at the cancellation token.</summary>
    private const int EventsBetweenCancellationChecks = 4096;

    /// <summary>The first limit the text reaches, or null. A syntax error is left for the loader to report.</summary>
    public static YamlLimitFailure? Check(string yaml, CancellationToken cancellationToken = default)
    {
        var parser = new Parser(new StringReader(yaml));
        var expandedSizes = new Dictionary<AnchorName, long>();
        var open = new Stack<(AnchorName Anchor, long NodesBefore)>();
        var openAnchors = new HashSet<AnchorName>();
        long nodes = 0, aliasedNodes = 0, events = 0;
        try
        {
            while (parser.MoveNext())
            {
                if (++events % EventsBetweenCancellationChecks == 0) cancellationToken.ThrowIfCancellationRequested();
                switch (parser.Current)
                {
                    case AnchorAlias alias when openAnchors.Contains(alias.Value):
                        return new YamlLimitFailure(alias.Start, DiagnosticCodes.YamlAliasCycle,
                            $"the alias '*{alias.Value}' is inside the node '&{alias.Value}' it names, so it would never end: write the value out instead of the alias");
                    case AnchorAlias alias when expandedSizes.TryGetValue(alias.Value, out var size):
                        nodes += size;
                        aliasedNodes += size;
                        if (aliasedNodes > MaximumAliasedNodes)
                        {
                            return new YamlLimitFailure(alias.Start, DiagnosticCodes.YamlAliasExpansionTooLarge,
                                $"aliases expand to more than {MaximumAliasedNodes:N0} values (aliases of aliases multiply); write the values out, or alias less");
                        }
                        break;
                    case Scalar scalar:
                        nodes++;
                        if (!scalar.Anchor.IsEmpty) expandedSizes[scalar.Anchor] = 1;
                        break;
                    case NodeEvent start when start is MappingStart or SequenceStart:
                        if (open.Count >= MaximumDepth)
                        {
                            return new YamlLimitFailure(start.Start, DiagnosticCodes.YamlNestingTooDeep,
                                $"the YAML nests deeper than {MaximumDepth:N0} levels (mappings and lists inside each other); flatten it");
                        }
                        open.Push((start.Anchor, nodes));
                        nodes++;
                        if (!start.Anchor.IsEmpty) openAnchors.Add(start.Anchor);
                        break;
                    case MappingEnd or SequenceEnd when open.TryPop(out var closed) && !closed.Anchor.IsEmpty:
                        openAnchors.Remove(closed.Anchor);
                        expandedSizes[closed.Anchor] = nodes - closed.NodesBefore;
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            // A syntax error: the loader reads the text again and reports it at its place.
        }
        return null;
    }
}
