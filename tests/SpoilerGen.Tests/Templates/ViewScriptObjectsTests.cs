using System.Collections;
using System.Reflection;
using Scriban.Runtime;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Render;
using SpoilerGen.Render.Templates;
using SpoilerGen.Render.Views;

namespace SpoilerGen.Tests.Templates;

/// <summary>
/// Templates read the view records through <see cref="ViewScriptObjects"/>, written out by hand so that the
/// native build needs no reflection. What they see must be exactly what Scriban's reflection showed them:
/// every property of every view record, under the name Scriban's renamer gives it, with the same value.
/// A property added to a view record and not to the converter fails here, not in a theme at render time.
/// </summary>
public sealed class ViewScriptObjectsTests
{
    public static TheoryData<Type> ViewTypes()
    {
        var types = typeof(PageView).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(PageView).Namespace && type.Name.EndsWith("View", StringComparison.Ordinal) && !type.IsAbstract)
            // Not a record of values but a function for templates: a sample of its delegate would call a made-up address.
            .Where(type => type != typeof(DeferredView))
            .Append(typeof(TocEntry));
        var data = new TheoryData<Type>();
        foreach (var type in types) data.Add(type);
        return data;
    }

    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void Every_property_reaches_templates_under_the_name_and_with_the_value_reflection_gave_it(Type viewType)
    {
        var counter = 0;
        var view = Sample(viewType, ref counter);

        var converted = ViewScriptObjects.From(view);

        AssertSameAsReflection(view, converted, viewType.Name);
    }

    [Fact]
    public void A_missing_page_neighbour_stays_null_so_templates_can_test_it()
    {
        var counter = 0;
        var page = (PageView)Sample(typeof(PageView), ref counter)! with { PreviousPage = null, NextPage = null };

        var converted = (ScriptObject)ViewScriptObjects.From(page)!;

        Assert.True(converted.ContainsKey("previous_page"));
        Assert.Null(converted["previous_page"]);
        Assert.Null(converted["next_page"]);
    }

    [Fact]
    public void A_deferred_value_is_made_once_and_only_when_a_template_reads_it()
    {
        var made = 0;
        var deferred = new DeferredView(() => { made++; return "the value"; });

        var function = Assert.IsAssignableFrom<IScriptCustomFunction>(ViewScriptObjects.From(deferred));
        Assert.Equal(0, made);

        var template = Scriban.Template.Parse("{{ value }} {{ value }}");
        var globals = new ScriptObject { ["value"] = function };
        var context = new Scriban.TemplateContext();
        context.PushGlobal(globals);
        Assert.Equal("the value the value", template.Render(context));
        Assert.Equal(1, made);
    }

    [Fact]
    public void A_value_with_no_template_form_is_a_bug_reported_at_once()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => ViewScriptObjects.From(new Uri("https://example.org/")));
        Assert.Contains("Uri", exception.Message);
    }

    private static void AssertSameAsReflection(object? expected, object? actual, string path)
    {
        switch (expected)
        {
            case null or string or int or bool or HtmlFragment:
                Assert.Equal(expected, actual);
                break;
            case IEnumerable list:
                var array = Assert.IsType<ScriptArray>(actual);
                var items = list.Cast<object?>().ToList();
                Assert.Equal(items.Count, array.Count);
                for (var index = 0; index < items.Count; index++) AssertSameAsReflection(items[index], array[index], $"{path}[{index}]");
                break;
            default:
                var scriptObject = Assert.IsType<ScriptObject>(actual);
                var properties = expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
                    .ToList();
                var names = properties.Select(property => StandardMemberRenamer.Default(property)).Order(StringComparer.Ordinal);
                Assert.Equal(names, scriptObject.Keys.Order(StringComparer.Ordinal));
                foreach (var property in properties)
                {
                    var name = StandardMemberRenamer.Default(property);
                    AssertSameAsReflection(property.GetValue(expected), scriptObject[name], $"{path}.{name}");
                }
                break;
        }
    }

    /// <summary>An instance of a view record with a distinct value in every property, nested records and one-item arrays included.</summary>
    private static object? Sample(Type type, ref int counter)
    {
        counter++;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return $"value {counter}";
        if (underlying == typeof(int)) return counter;
        if (underlying == typeof(bool)) return counter % 2 == 0;
        if (underlying == typeof(HtmlFragment)) return new HtmlFragment($"<b>{counter}</b>");
        if (underlying.IsArray)
        {
            var array = Array.CreateInstance(underlying.GetElementType()!, 1);
            array.SetValue(Sample(underlying.GetElementType()!, ref counter), 0);
            return array;
        }
        var constructor = underlying.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = new List<object?>();
        foreach (var parameter in constructor.GetParameters()) arguments.Add(Sample(parameter.ParameterType, ref counter));
        return constructor.Invoke([.. arguments]);
    }
}
