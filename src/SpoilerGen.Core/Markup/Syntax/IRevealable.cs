namespace SpoilerGen.Markup.Syntax;

/// <summary>A node of the Markdown tree that readers may only see from a given checkpoint on.</summary>
public interface IRevealable
{
    /// <summary>The episode id the author wrote.</summary>
    string EpisodeId { get; }

    /// <summary>The checkpoint index from which the node may be shown.</summary>
    int Level { get; }
}
