using YamlDotNet.RepresentationModel;

namespace SpoilerGen.PublishTests;

/// <summary>
/// A GitHub Actions workflow read as the runner reads it, so that a test runs a step's own <c>run:</c>
/// script, not a copy of it that could drift from the file users get.
/// </summary>
public sealed class WorkflowFile
{
    private readonly YamlMappingNode _jobs;

    private WorkflowFile(YamlMappingNode root) =>
        _jobs = (YamlMappingNode)root.Children[new YamlScalarNode("jobs")];

    public static WorkflowFile Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return new WorkflowFile((YamlMappingNode)stream.Documents[0].RootNode);
    }

    /// <summary>Every step of a job, in order: its name (or <c>uses</c>), its action, its script and its environment.</summary>
    public IReadOnlyList<WorkflowStep> Steps(string job)
    {
        var steps = (YamlSequenceNode)((YamlMappingNode)_jobs.Children[new YamlScalarNode(job)]).Children[new YamlScalarNode("steps")];
        return [.. steps.Children.Cast<YamlMappingNode>().Select(step =>
        {
            string? Text(string key) => step.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;
            var environment = step.Children.TryGetValue(new YamlScalarNode("env"), out var env)
                ? ((YamlMappingNode)env).Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => ((YamlScalarNode)pair.Value).Value ?? "")
                : [];
            return new WorkflowStep(Text("name") ?? Text("uses") ?? "", Text("id"), Text("uses"), Text("run"), environment);
        })];
    }

    /// <summary>The step of a job with the given name; fails the test when there is none.</summary>
    public WorkflowStep Step(string job, string name) =>
        Steps(job).SingleOrDefault(step => step.Name == name) ?? throw new InvalidOperationException($"job {job} has no step named '{name}'");
}

/// <summary>One step of a workflow job.</summary>
public sealed record WorkflowStep(string Name, string? Id, string? Uses, string? Run, IReadOnlyDictionary<string, string> Environment);
