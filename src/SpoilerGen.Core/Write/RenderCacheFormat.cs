using System.Text;
using SpoilerGen.Check;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Headings;

namespace SpoilerGen.Write;

/// <summary>
/// The render cache's bytes: a header naming the format and its version, then every field in order, each string and list
/// prefixed by its length (<see cref="BinaryWriter"/>'s 7-bit encoded lengths and UTF-8 strings). Reading 27.5 MB of JSON
/// took most of an edit build's cache read; this reads the same data without a parser.
/// </summary>
/// <remarks>
/// Whether the bytes are the build's own is the record's hash of them (<see cref="RenderCacheFile"/>); this only refuses
/// bytes that are not a whole cache of this version (cut short, another format, a length beyond the bytes), never throws
/// for them, and is never handed a cache it cannot read whole.
/// </remarks>
internal static class RenderCacheFormat
{
    /// <summary>The first bytes of every cache: a cache of another format or version is never read as this one.</summary>
    internal static readonly byte[] Header = "SpoilerGen render cache 10\n"u8.ToArray();

    public static void Write(Stream stream, RenderCacheState state)
    {
        stream.Write(Header);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(state.BuildId);
        writer.Write(state.SiteKey);
        List(writer, state.Bodies, body =>
        {
            writer.Write(body.FeedExcerpt);
            writer.Write(body.SearchExcerpt);
        });
        List(writer, state.Pages, page =>
        {
            writer.Write(page.Tree);
            writer.Write(page.Page);
            writer.Write(page.InputsKey);
            writer.Write(page.BodyKey);
            writer.Write(page.File);
            writer.Write7BitEncodedInt(page.Body);
            Headings(writer, page.Headings);
            Headings(writer, page.NewSections);
            writer.Write(page.ShowsNewContent);
        });
        List(writer, state.TagFiles, tree => TreeFiles(writer, tree));
        List(writer, state.TreeFiles, tree => TreeFiles(writer, tree));
        Optional(writer, state.ParseKey, writer.Write);
        Optional(writer, state.Sources, sources => List(writer, sources, source =>
        {
            writer.Write(source.Path);
            writer.Write(source.Hash);
            List(writer, source.Diagnostics, diagnostic =>
            {
                writer.Write(diagnostic.Path);
                writer.Write7BitEncodedInt(diagnostic.Line);
                writer.Write7BitEncodedInt(diagnostic.Column);
                writer.Write(diagnostic.IsError);
                writer.Write(diagnostic.Code);
                writer.Write(diagnostic.Message);
            });
            writer.Write(source.Parse.HasValue);
            if (source.Parse is var (frontMatter, bodyLineOffset, facts)) SourceParseFormat.Write(writer, frontMatter, bodyLineOffset, facts);
        }));
        Optional(writer, state.SearchTerms, languages => List(writer, languages, language =>
        {
            writer.Write(language.Language);
            List(writer, language.Terms, writer.Write);
            List(writer, language.OfText, numbers => Optional(writer, numbers, bytes =>
            {
                writer.Write7BitEncodedInt(bytes.Length);
                writer.Write(bytes);
            }));
            List(writer, language.KeyOfText, key => Optional(writer, key, writer.Write));
        }));
        // Made apart (LintTextsBytes), on the lints' thread, and read apart, when the lints ask for it: see LintTextsBytes.
        Optional(writer, state.LintTexts, bytes =>
        {
            writer.Write7BitEncodedInt(bytes.Length);
            writer.Write(bytes);
        });
        Optional(writer, state.BodyDigests, languages => List(writer, languages, language =>
        {
            writer.Write(language.Language);
            List(writer, language.Pages, writer.Write);
            List(writer, language.Digests, writer.Write);
        }));
    }

    /// <summary>
    /// The page texts of the author's lints as the cache holds them, a section of its own: after an edit it is made on the lints'
    /// thread beside the render, and read on it when the lints ask for it, so that neither waits in the cache's read or write.
    /// </summary>
    /// <exception cref="OperationCanceledException">Ctrl+C or SIGTERM: a large guide's texts take seconds.</exception>
    public static byte[] LintTextsBytes(List<LintTextsState> languages, CancellationToken cancellationToken = default)
    {
        var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            // Each word once, and each of its many occurrences in the pages' lists as its number: a third of the size to
            // read, and one string per distinct word rather than one per occurrence.
            var table = new List<string>();
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in languages.SelectMany(language => language.Pages).SelectMany(WordsOf))
            {
                if (numbers.TryAdd(word, table.Count)) table.Add(word);
            }
            List(writer, table, writer.Write);
            List(writer, languages, language =>
            {
                writer.Write(language.Language);
                List(writer, language.Pages, page =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    WritePageText(writer, page, numbers);
                });
            });
        }
        return bytes.ToArray();
    }

    /// <summary>The page texts that <see cref="LintTextsBytes"/> wrote; null when the bytes are not such a section whole.</summary>
    public static List<LintTextsState>? ReadLintTexts(byte[] bytes)
    {
        try
        {
            var stream = new MemoryStream(bytes, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            var table = List(reader, reader.ReadString);
            var languages = List(reader, () => new LintTextsState(reader.ReadString(), List(reader, () => ReadPageText(reader, table))));
            return stream.Position == stream.Length ? languages : null;
        }
        catch (Exception exception) when (exception is EndOfStreamException or FormatException or InvalidDataException or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The words of a page's lists, each as often as the lists hold it.</summary>
    private static IEnumerable<string> WordsOf(PageText page) =>
        page.CapitalisedMidSentence.Concat(page.LowerCase).Concat(page.Runs.SelectMany(run => run.Words)).Concat(page.PhraseWords);

    private static void Words(BinaryWriter writer, IReadOnlyCollection<string> words, Dictionary<string, int> numbers)
    {
        writer.Write7BitEncodedInt(words.Count);
        foreach (var word in words) writer.Write7BitEncodedInt(numbers[word]);
    }

    private static List<string> Words(BinaryReader reader, List<string> table) => List(reader, () =>
    {
        var number = reader.Read7BitEncodedInt();
        return (uint)number < (uint)table.Count ? table[number] : throw new InvalidDataException("a word outside the table");
    });

    private static void WritePageText(BinaryWriter writer, PageText page, Dictionary<string, int> numbers)
    {
        writer.Write(page.DisplayPath);
        writer.Write7BitEncodedInt(page.Level);
        writer.Write7BitEncodedInt(page.Offset);
        writer.Write(page.SourceKey!);
        var segments = new List<TextSegment>();
        var indexes = new Dictionary<TextSegment, int>(ReferenceEqualityComparer.Instance);
        foreach (var run in page.PhraseRuns)
        {
            if (indexes.TryAdd(run.Segment, segments.Count)) segments.Add(run.Segment);
        }
        List(writer, segments, segment =>
        {
            writer.Write(segment.Path);
            writer.Write(segment.Text);
            writer.Write(segment.IsHeading);
            writer.Write7BitEncodedInt(segment.Pieces.Length);
            foreach (var piece in segment.Pieces)
            {
                writer.Write7BitEncodedInt(piece.Start);
                writer.Write7BitEncodedInt(piece.Line);
                writer.Write7BitEncodedInt(piece.Column);
                writer.Write7BitEncodedInt(piece.Level);
            }
        });
        List(writer, page.PhraseRuns, run =>
        {
            writer.Write7BitEncodedInt(indexes[run.Segment]);
            Numbers(writer, run.Starts);
            Numbers(writer, run.Ends);
        });
        Words(writer, page.CapitalisedMidSentence, numbers);
        Words(writer, page.LowerCase, numbers);
        List(writer, page.Runs, run =>
        {
            Words(writer, run.Words, numbers);
            writer.Write(run.StartsSentence);
            writer.Write(run.Whole);
            Optional(writer, run.FromSecond, writer.Write);
        });
        Words(writer, page.PhraseWords, numbers);
    }

    private static PageText ReadPageText(BinaryReader reader, List<string> table)
    {
        var page = PageText.Kept(reader.ReadString(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.ReadString());
        var segments = List(reader, () =>
        {
            var (path, text, isHeading) = (reader.ReadString(), reader.ReadString(), reader.ReadBoolean());
            var pieces = new TextPiece[Length(reader)];
            for (var index = 0; index < pieces.Length; index++)
            {
                pieces[index] = new TextPiece(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
                if ((uint)pieces[index].Start > (uint)text.Length) throw new InvalidDataException("a piece outside its segment");
            }
            // A segment is never empty of pieces: where a word is is found from them.
            if (pieces.Length == 0) throw new InvalidDataException("a segment without pieces");
            return new TextSegment(path, text, pieces, isHeading);
        });
        foreach (var _ in Enumerable.Range(0, Length(reader)))
        {
            var index = reader.Read7BitEncodedInt();
            if ((uint)index >= (uint)segments.Count) throw new InvalidDataException("a run outside the page's segments");
            var (segment, starts, ends) = (segments[index], Numbers(reader), Numbers(reader));
            if (starts.Length != ends.Length) throw new InvalidDataException("a run's words without their ends");
            for (var word = 0; word < starts.Length; word++)
            {
                if (starts[word] < 0 || starts[word] > ends[word] || ends[word] > segment.Text.Length) throw new InvalidDataException("a word outside its segment");
            }
            page.PhraseRuns.Add(new PhraseRun(segment, starts, ends));
        }
        page.CapitalisedMidSentence.AddRange(Words(reader, table));
        page.LowerCase.AddRange(Words(reader, table));
        page.Runs.AddRange(List(reader, () =>
        {
            var words = Words(reader, table);
            // A run has at least one word: its first is what a sentence starts with.
            if (words.Count == 0) throw new InvalidDataException("a run without words");
            return new CandidateRun([.. words], reader.ReadBoolean(), reader.ReadString(), Optional(reader, reader.ReadString));
        }));
        page.PhraseWords.UnionWith(Words(reader, table));
        return page;
    }

    private static void Numbers(BinaryWriter writer, int[] numbers)
    {
        writer.Write7BitEncodedInt(numbers.Length);
        foreach (var number in numbers) writer.Write7BitEncodedInt(number);
    }

    private static int[] Numbers(BinaryReader reader)
    {
        var numbers = new int[Length(reader)];
        for (var index = 0; index < numbers.Length; index++) numbers[index] = reader.Read7BitEncodedInt();
        return numbers;
    }

    /// <summary>The cache the bytes hold; null when they are not one whole cache of this format.</summary>
    public static RenderCacheState? Read(Stream stream)
    {
        try
        {
            Span<byte> header = stackalloc byte[Header.Length];
            stream.ReadExactly(header);
            if (!header.SequenceEqual(Header)) return null;
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            var buildId = reader.ReadString();
            var siteKey = reader.ReadString();
            var bodies = List(reader, () => new KeptBodyState(reader.ReadString(), reader.ReadString()));
            var pages = List(reader, () => new CachedPageState(
                reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(),
                reader.Read7BitEncodedInt(), Headings(reader), Headings(reader), reader.ReadBoolean()));
            var tagFiles = List(reader, () => TreeFiles(reader));
            var treeFiles = List(reader, () => TreeFiles(reader));
            var parseKey = Optional(reader, reader.ReadString);
            var sources = Optional(reader, () => List(reader, () => new CachedSourceState(reader.ReadString(), reader.ReadString(),
                List(reader, () => new RecordedDiagnostic(reader.ReadString(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(),
                    reader.ReadBoolean(), reader.ReadString(), reader.ReadString())),
                reader.ReadBoolean() ? SourceParseFormat.Read(reader) : null)));
            var searchTerms = Optional(reader, () => List(reader, () => new SearchTermsState(reader.ReadString(), List(reader, reader.ReadString),
                List(reader, () => Optional(reader, () => reader.ReadBytes(Length(reader)))), List(reader, () => Optional(reader, reader.ReadString)))));
            var lintTexts = Optional(reader, () => reader.ReadBytes(Length(reader)));
            var bodyDigests = Optional(reader, () => List(reader, () => new BodyDigestsState(reader.ReadString(), List(reader, reader.ReadString), List(reader, reader.ReadString))));
            // Anything after the last field is not what this format writes.
            if (stream.ReadByte() != -1) return null;
            return new RenderCacheState(buildId, siteKey, bodies, pages, tagFiles, treeFiles, parseKey, sources, searchTerms, lintTexts, bodyDigests);
        }
        // Cut short, a length beyond the bytes, a count or flag out of range: not a cache this format wrote.
        catch (Exception exception) when (exception is EndOfStreamException or FormatException or InvalidDataException or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private static void TreeFiles(BinaryWriter writer, CachedTreeState tree)
    {
        writer.Write(tree.Tree);
        writer.Write(tree.InputsKey);
        List(writer, tree.Files, writer.Write);
        Optional(writer, tree.FileKeys, keys => List(writer, keys, writer.Write));
    }

    private static CachedTreeState TreeFiles(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadString(), List(reader, reader.ReadString), Optional(reader, () => List(reader, reader.ReadString)));

    private static void Headings(BinaryWriter writer, List<TocEntry> headings) => List(writer, headings, heading =>
    {
        writer.Write7BitEncodedInt(heading.Level);
        writer.Write(heading.Id);
        writer.Write(heading.Text);
    });

    private static List<TocEntry> Headings(BinaryReader reader) => List(reader, () => new TocEntry(reader.Read7BitEncodedInt(), reader.ReadString(), reader.ReadString()));

    private static void List<T>(BinaryWriter writer, List<T> items, Action<T> write)
    {
        writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items) write(item);
    }

    private static List<T> List<T>(BinaryReader reader, Func<T> read)
    {
        var count = Length(reader);
        // Each item takes at least one byte: a count beyond the bytes left is not a list, and allocates nothing.
        var items = new List<T>(Math.Min(count, 1 << 16));
        for (var index = 0; index < count; index++) items.Add(read());
        return items;
    }

    private static void Optional<T>(BinaryWriter writer, T? value, Action<T> write) where T : class
    {
        writer.Write(value is not null);
        if (value is not null) write(value);
    }

    private static T? Optional<T>(BinaryReader reader, Func<T> read) where T : class => reader.ReadBoolean() ? read() : null;

    /// <summary>A length or count: never negative, never beyond the bytes left.</summary>
    private static int Length(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        var stream = reader.BaseStream;
        if (length < 0 || (stream.CanSeek && length > stream.Length - stream.Position)) throw new InvalidDataException("a length beyond the cache's bytes");
        return length;
    }
}
