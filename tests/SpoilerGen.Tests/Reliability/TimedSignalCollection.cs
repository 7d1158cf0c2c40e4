namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Tests that time how fast a build stops on a signal run alone: beside the rest of the suite on two cores,
/// a render that is between its checks for the signal took longer than the bound for reasons of the machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedSignalCollection
{
    public const string Name = "timed signals";
}
