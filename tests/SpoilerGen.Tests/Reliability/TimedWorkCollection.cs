namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Tests that bound what a piece of work costs run alone in the test process, after the others (see
/// <see cref="Support.WorkCost"/>): the processor time the process spends while one runs is then that work's own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedWorkCollection
{
    public const string Name = "timed work";
}
