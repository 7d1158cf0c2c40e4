namespace SpoilerGen.Tests.Serve;

/// <summary>
/// Tests that read the managed heap run alone: beside the rest of the suite, the heap after a full collection holds
/// what the other tests are making at that moment.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasurementCollection
{
    public const string Name = "heap measurements";
}
