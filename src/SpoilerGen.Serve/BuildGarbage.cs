namespace SpoilerGen.Serve;

/// <summary>
/// The memory that builds leave as garbage, and when to give it back to the system: with a full, compacting collection
/// once the state it belonged to is no longer served, but only when the process's resident memory has grown by a good part
/// since the last one.
/// An idle server allocates nothing, so no collection of the runtime's own would ever run to return it, and a large page
/// deleted would keep its memory; yet a full collection of a 1,000-page guide's heap costs 150–350 ms of CPU, three to five
/// times a text edit's whole rebuild, and a save made during it waits for it.
/// </summary>
/// <remarks>
/// A text edit at 1,000 × 12 leaves about 0.6 MB in the oldest generation (the model's and caches' replaced parts): the
/// heap in use grew from 192 to 242 MB over 80 edits with no full collection, the process's resident memory from 284 to 336
/// MB (the rebuild benchmark, REBUILD_HEAP=1). So a collection comes every hundred or so text edits, and after an edit
/// that replaced much (a template, a config, a section renamed: the previous render's files), rather than after every
/// save. Resident memory, not the heap in use, is the measure: the runtime's own collections of the oldest generation
/// lower the heap in use without giving its memory back (measured first by the heap in use, serve held 474 MB after
/// bench/incremental.sh's edits, against 298 MB when it collected after every save).
/// </remarks>
public sealed class BuildGarbage
{
    // Below this, what a build leaves behind is not worth a pause of the server to give back.
    private const long ResidentFloor = 256L << 20;

    // Resident memory may grow by this much, or a quarter of what it was after the last collection if more, before the next.
    private const long GrowthFloor = 64L << 20;

    // The resident memory after the last full collection; none yet: the first call collects.
    private long _afterLast = -1;

    /// <summary>Collects if resident memory has grown enough since the last collection; call once the browsers have had the new pages.</summary>
    /// <param name="busy">
    /// Saves keep coming with less than a second between them (an editor that saves as the author types), so no idle moment
    /// will come: collect only once resident memory has grown by twice as much, so that a save waits for a collection
    /// rarely, yet memory does not grow for as long as the saves go on (serve held 865 MB after 500 saves 0.2 s apart at
    /// 1,000 × 12, against 306 MB after its first build: bench/serve-edit-memory.py).
    /// </param>
    /// <returns>Whether it collected.</returns>
    public bool ReturnIfGrown(bool busy = false)
    {
        var resident = Environment.WorkingSet;
        if (resident < ResidentFloor) return false;
        if (_afterLast >= 0 && resident - _afterLast < Math.Max(GrowthFloor, _afterLast / 4) * (busy ? 2 : 1)) return false;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _afterLast = Environment.WorkingSet;
        return true;
    }
}
