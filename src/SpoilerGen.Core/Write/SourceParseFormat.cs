using System.Collections.Immutable;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Model;

namespace SpoilerGen.Write;

/// <summary>
/// A source's front matter and facts (<see cref="SourceFacts"/>) as the render cache keeps them, in the cache's binary
/// form: what the next build's model and checks read of a source it does not parse again.
/// </summary>
/// <remarks>Reading throws <see cref="InvalidDataException"/> (or the reader's own exceptions) for bytes it did not write; the cache's reader refuses the whole cache then.</remarks>
internal static class SourceParseFormat
{
    public static void Write(BinaryWriter writer, FrontMatter frontMatter, int bodyLineOffset, SourceFacts facts)
    {
        Progressive(writer, frontMatter.Title);
        Progressive(writer, frontMatter.Summary);
        Array(writer, frontMatter.Tags, tag =>
        {
            writer.Write(tag.Name);
            writer.Write7BitEncodedInt(tag.Level);
        });
        writer.Write(frontMatter.Weight);
        writer.Write(frontMatter.Draft);
        Optional(writer, frontMatter.Slug, writer.Write);
        writer.Write7BitEncodedInt(frontMatter.Level);
        Progressive(writer, frontMatter.Image);
        Position(writer, frontMatter.Position);
        writer.Write(frontMatter.IsUnreadable);
        Date(writer, frontMatter.Date);
        Date(writer, frontMatter.LastModified);
        Array(writer, frontMatter.ImageValues, value =>
        {
            writer.Write(value.Value);
            Position(writer, value.Position);
        });
        writer.Write7BitEncodedInt(bodyLineOffset);
        Array(writer, facts.Links, link =>
        {
            writer.Write(link.Url);
            writer.Write(link.IsImage);
            Position(writer, link.Position);
            writer.Write7BitEncodedInt(link.MarkupLevel);
            writer.Write(link.IsPageLink);
            Optional(writer, link.PageTarget, writer.Write);
        });
        Array(writer, facts.AnchorIds, writer.Write);
        Array(writer, facts.TagsWithoutSlug, writer.Write);
        writer.Write(facts.ControlCharacter.HasValue);
        if (facts.ControlCharacter is { } character) writer.Write((ushort)character);
    }

    public static (FrontMatter FrontMatter, int BodyLineOffset, SourceFacts Facts) Read(BinaryReader reader)
    {
        var (title, summary) = (Progressive(reader), Progressive(reader));
        var tags = Array(reader, () => new TagReference(reader.ReadString(), reader.Read7BitEncodedInt()));
        var (weight, draft, slug, level) = (reader.ReadInt32(), reader.ReadBoolean(), Optional(reader, reader.ReadString), reader.Read7BitEncodedInt());
        var (image, position, isUnreadable) = (Progressive(reader), Position(reader), reader.ReadBoolean());
        var frontMatter = new FrontMatter(title, summary, tags, weight, draft, slug, level, image, position, isUnreadable)
        {
            Date = Date(reader),
            LastModified = Date(reader),
            ImageValues = Array(reader, () => (reader.ReadString(), Position(reader))),
        };
        var bodyLineOffset = reader.Read7BitEncodedInt();
        var links = Array(reader, () => new SourceLink(reader.ReadString(), reader.ReadBoolean(), Position(reader), reader.Read7BitEncodedInt(),
            reader.ReadBoolean(), Optional(reader, reader.ReadString)));
        var anchorIds = Array(reader, reader.ReadString);
        // Looked up by binary search: the order they were written in, which was ordinal, is checked rather than trusted.
        for (var index = 1; index < anchorIds.Length; index++)
        {
            if (string.CompareOrdinal(anchorIds[index - 1], anchorIds[index]) > 0) throw new InvalidDataException("anchor ids out of order");
        }
        var tagsWithoutSlug = Array(reader, reader.ReadString);
        char? control = reader.ReadBoolean() ? (char)reader.ReadUInt16() : null;
        return (frontMatter, bodyLineOffset, new SourceFacts(links, anchorIds, tagsWithoutSlug, control));
    }

    private static void Progressive(BinaryWriter writer, ProgressiveValue<string>? value) => Optional(writer, value, present => Array(writer, present.Entries, entry =>
    {
        writer.Write7BitEncodedInt(entry.Level);
        writer.Write(entry.Value);
    }));

    private static ProgressiveValue<string>? Progressive(BinaryReader reader) => Optional(reader, () =>
    {
        var entries = Array(reader, () => new LeveledValue<string>(reader.Read7BitEncodedInt(), reader.ReadString()));
        // A value has at least one entry: its first level is read from it.
        return entries.IsEmpty ? throw new InvalidDataException("a value without entries") : new ProgressiveValue<string>(entries);
    });

    private static void Position(BinaryWriter writer, SourcePosition position)
    {
        writer.Write(position.Path);
        writer.Write7BitEncodedInt(position.Line);
        writer.Write7BitEncodedInt(position.Column);
    }

    private static SourcePosition Position(BinaryReader reader) => new(reader.ReadString(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());

    private static void Date(BinaryWriter writer, DateTimeOffset? date)
    {
        writer.Write(date.HasValue);
        if (date is not { } value) return;
        writer.Write(value.Ticks);
        writer.Write((short)value.Offset.TotalMinutes);
    }

    // DateTimeOffset's constructor refuses ticks or an offset out of range (ArgumentOutOfRangeException): not this format's bytes.
    private static DateTimeOffset? Date(BinaryReader reader)
    {
        if (!reader.ReadBoolean()) return null;
        var (ticks, minutes) = (reader.ReadInt64(), reader.ReadInt16());
        try
        {
            return new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new InvalidDataException("a date out of range");
        }
    }

    private static void Array<T>(BinaryWriter writer, ImmutableArray<T> items, Action<T> write)
    {
        writer.Write7BitEncodedInt(items.Length);
        foreach (var item in items) write(item);
    }

    private static ImmutableArray<T> Array<T>(BinaryReader reader, Func<T> read)
    {
        var count = reader.Read7BitEncodedInt();
        var stream = reader.BaseStream;
        // Each item takes at least one byte: a count beyond the bytes left is not a list, and allocates nothing.
        if (count < 0 || (stream.CanSeek && count > stream.Length - stream.Position)) throw new InvalidDataException("a length beyond the cache's bytes");
        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var index = 0; index < count; index++) items.Add(read());
        return items.MoveToImmutable();
    }

    private static void Optional<T>(BinaryWriter writer, T? value, Action<T> write) where T : class
    {
        writer.Write(value is not null);
        if (value is not null) write(value);
    }

    private static T? Optional<T>(BinaryReader reader, Func<T> read) where T : class => reader.ReadBoolean() ? read() : null;
}
