using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// Writes a value as templates see it as JSON, as Scriban's <c>object.to_json</c> writes it, without reflection: objects
/// (<see cref="ScriptObject"/>s, every view SpoilerGen gives a template among them) are read member by member through the
/// template context's own accessors, so JSON shows exactly what the template could read, in the order it would list it;
/// lists and other sequences are arrays; text, flags and numbers are written as System.Text.Json writes them (strings with
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and non-ASCII escaped, dates in ISO 8601), HTML such as a page's body as its text.
/// </summary>
/// <remarks>
/// Scriban's own hands scalars to <c>JsonSerializer</c>, which reads types by reflection: the native build has none.
/// Its limits are Scriban's (a loop of references or nesting past the context's <c>ObjectRecursionLimit</c> is an error,
/// with Scriban's words) and a template's: the JSON is held to <see cref="TemplateLimits.BuiltStringCharacters"/>.
/// </remarks>
public sealed class ScriptValueJson
{
    private const string TooDeep = "Structure is too deeply nested or contains reference loops.";

    private readonly TemplateContext _context;
    private readonly SourceSpan _span;
    private readonly Utf8JsonWriter _writer;
    private readonly HashSet<object> _path = new(ReferenceEqualityComparer.Instance);
    private int _written;

    private ScriptValueJson(TemplateContext context, SourceSpan span, Utf8JsonWriter writer)
    {
        _context = context;
        _span = span;
        _writer = writer;
    }

    /// <summary>The JSON text of <paramref name="value"/>; a function, a number JSON cannot hold or a limit reached is an error at <paramref name="span"/>.</summary>
    public static string Write(TemplateContext context, SourceSpan span, object? value)
    {
        if (value is IScriptCustomFunction) throw new ScriptRuntimeException(span, "Can not serialize functions to JSON.");
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            var json = new ScriptValueJson(context, span, writer);
            json.WriteValue(value, depth: 0);
            writer.Flush();
            json.CheckSize();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void WriteValue(object? value, int depth)
    {
        // Every few values: the token, and the size of what is written so far.
        if (++_written % 1024 == 0)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            CheckSize();
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new ScriptRuntimeException(_span, TooDeep);
        depth++;
        if (_context.ObjectRecursionLimit != 0 && depth > _context.ObjectRecursionLimit) throw new ScriptRuntimeException(_span, TooDeep);
        switch (value)
        {
            case null:
                _writer.WriteNullValue();
                return;
            case string text:
                _writer.WriteStringValue(text);
                return;
            case bool flag:
                _writer.WriteBooleanValue(flag);
                return;
            case HtmlFragment fragment:
                _writer.WriteStringValue(fragment.Html);
                return;
            case IScriptCustomFunction:
                throw new ScriptRuntimeException(_span, "Can not serialize functions to JSON.");
        }
        // Scriban's objects are formattable too (as text, "{foo: bar}"): what holds values is written as what it holds.
        if (value is not (IScriptObject or IEnumerable or IDictionary) && TryWriteScalar(value)) return;

        if (!_path.Add(value)) throw new ScriptRuntimeException(_span, TooDeep);
        try
        {
            // In Scriban's order: a list is an array even where it has members of its own (a ScriptArray has).
            switch (value)
            {
                case IList or Array:
                    WriteItems((IEnumerable)value, depth);
                    break;
                case IScriptObject:
                    WriteMembers(value, depth);
                    break;
                case IDictionary dictionary:
                    WriteDictionary(dictionary, depth);
                    break;
                case IEnumerable items:
                    WriteItems(items, depth);
                    break;
                default:
                    WriteMembers(value, depth);
                    break;
            }
        }
        finally
        {
            _path.Remove(value);
        }
    }

    /// <summary>An object's members as the template reads them (<c>{{ page.title }}</c>): the same accessor, the same members.</summary>
    private void WriteMembers(object value, int depth)
    {
        _writer.WriteStartObject();
        var accessor = _context.GetMemberAccessor(value);
        foreach (var member in accessor.GetMembers(_context, _span, value))
        {
            if (!accessor.TryGetValue(_context, _span, value, member, out var memberValue)) continue;
            _writer.WritePropertyName(member);
            WriteValue(memberValue, depth);
        }
        _writer.WriteEndObject();
    }

    private void WriteItems(IEnumerable items, int depth)
    {
        _writer.WriteStartArray();
        foreach (var item in items) WriteValue(item, depth);
        _writer.WriteEndArray();
    }

    private void WriteDictionary(IDictionary dictionary, int depth)
    {
        _writer.WriteStartObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            _writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
            WriteValue(entry.Value, depth);
        }
        _writer.WriteEndObject();
    }

    /// <summary>Numbers, characters, dates and other formattable values, as System.Text.Json writes each; false for anything else.</summary>
    private bool TryWriteScalar(object value)
    {
        switch (value)
        {
            case int number: _writer.WriteNumberValue(number); return true;
            case long number: _writer.WriteNumberValue(number); return true;
            case uint number: _writer.WriteNumberValue(number); return true;
            case ulong number: _writer.WriteNumberValue(number); return true;
            case short number: _writer.WriteNumberValue(number); return true;
            case ushort number: _writer.WriteNumberValue(number); return true;
            case byte number: _writer.WriteNumberValue(number); return true;
            case sbyte number: _writer.WriteNumberValue(number); return true;
            case decimal number: _writer.WriteNumberValue(number); return true;
            case double number: WriteFinite(number, double.IsFinite(number), () => _writer.WriteNumberValue(number)); return true;
            case float number: WriteFinite(number, float.IsFinite(number), () => _writer.WriteNumberValue(number)); return true;
            case BigInteger number: _writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture), skipInputValidation: true); return true;
            case Int128 number: _writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture), skipInputValidation: true); return true;
            case UInt128 number: _writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture), skipInputValidation: true); return true;
            case char character: _writer.WriteStringValue(character.ToString()); return true;
            case DateTime date: _writer.WriteStringValue(date); return true;
            case DateTimeOffset date: _writer.WriteStringValue(date); return true;
            case DateOnly date: _writer.WriteStringValue(date.ToString("O", CultureInfo.InvariantCulture)); return true;
            case TimeOnly time: _writer.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture)); return true;
            case TimeSpan span: _writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture)); return true;
            case Guid guid: _writer.WriteStringValue(guid); return true;
            // As a number, as System.Text.Json writes an enumeration by default.
            case Enum choice: _writer.WriteRawValue(choice.ToString("D"), skipInputValidation: true); return true;
            case IFormattable formattable: _writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture)); return true;
            default: return false;
        }
    }

    /// <summary>JSON has no NaN or infinity: System.Text.Json refuses them too.</summary>
    private void WriteFinite(object number, bool finite, Action write)
    {
        if (!finite) throw new ScriptRuntimeException(_span, $"{Convert.ToString(number, CultureInfo.InvariantCulture)} is not a number JSON can hold");
        write();
    }

    private void CheckSize()
    {
        // The writer's text is ASCII (it escapes everything else), so bytes are characters.
        if (_writer.BytesCommitted + _writer.BytesPending > TemplateLimits.BuiltStringCharacters)
            throw new ScriptRuntimeException(_span, $"the JSON written here passes {TemplateLimits.BuiltStringCharacters:N0} characters, over the limit for one string a template builds");
    }
}
