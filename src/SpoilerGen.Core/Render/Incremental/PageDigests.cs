using SpoilerGen.Model;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// What one render worked out of a page's inputs, kept for the next render of the same site: a page that is the same
/// object there (the model keeps a page equal in every field as that object) has the same digests, unless a heading it
/// links to is in a target that changed.
/// </summary>
/// <param name="SourceHash">The hash of the page's source when these were made.</param>
/// <param name="Body">The digest of what its body is made from in every tree alike (<see cref="RenderInputs.Body"/>).</param>
/// <param name="Targets">The pages it links to, in the order of their URLs.</param>
/// <param name="FragmentTargets">Those of its links that name a heading: the body reads their source and level.</param>
/// <param name="Form">The digest of what its form is made from in any tree (<see cref="RenderInputs.TreeForms"/>).</param>
/// <param name="OneLanguage">Whether the site had one language: the form's digest holds the page's translations otherwise.</param>
public sealed record PageDigests(SitePage Page, string? SourceHash, string Body, SitePage[] Targets, SitePage[] FragmentTargets, string Form, bool OneLanguage);
