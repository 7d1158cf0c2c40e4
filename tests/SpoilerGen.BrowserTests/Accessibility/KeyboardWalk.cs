using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;

namespace SpoilerGen.BrowserTests.Accessibility;

/// <summary>
/// Walks a page with the Tab key alone, as a keyboard user does, opening every closed <c>&lt;details&gt;</c>
/// on the way with Enter. Reports the controls never reached and those that show no focus indicator.
/// </summary>
public static class KeyboardWalk
{
    private const int MaximumTabs = 300;

    // Numbers every control of the page and reads how it looks unfocused (nothing has focus yet).
    private const string NumberControlsScript = """
        () => {
          // Not what this width does not show at all (the phone's Menu button on a desktop); but what a closed details holds, yes.
          const controls = [...document.querySelectorAll('a[href], area[href], button, input:not([type=hidden]), select, textarea, details > summary:first-of-type, [tabindex]:not([tabindex="-1"])')]
            .filter(e => e.checkVisibility() || (e.tagName !== 'SUMMARY' && e.closest('details:not([open])')));
          return controls.map((e, i) => {
            e.setAttribute('data-keyboard-index', String(i));
            const s = getComputedStyle(e);
            return { index: i, description: e.outerHTML.slice(0, 120), outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, boxShadow: s.boxShadow };
          });
        }
        """;

    // Reads the focused control: which one, how it looks, whether it is on screen, whether it opens a closed details.
    private const string ReadFocusScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || !e.hasAttribute('data-keyboard-index')) return { index: -1 };
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          return {
            index: Number(e.getAttribute('data-keyboard-index')),
            outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor,
            outlineVisible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1,
            boxShadow: s.boxShadow,
            onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
            opensDetails: e.tagName === 'SUMMARY' && !e.parentElement.open,
          };
        }
        """;

    // A promise kept by the focused summary's details when its toggle event has reached every listener
    // (ours is added after the page's own, so it runs last).
    private const string ArmToggleScript = """
        () => {
          const details = document.activeElement.parentElement;
          window.keyboardWalkToggled = new Promise(resolve => details.addEventListener('toggle', resolve, { once: true }));
        }
        """;

    public static async Task<IReadOnlyList<string>> FindProblemsAsync(IPage page)
    {
        // Once the page's scripts are done: menu.js swaps the Menu link for the list it fetches, and the controls are numbered once.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var controls = await page.ReadAsync<List<Control>>(NumberControlsScript);
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        var reached = new HashSet<int>();
        var problems = new List<string>();

        for (var tab = 0; tab < MaximumTabs; tab++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.ReadAsync<Focus>(ReadFocusScript);
            if (focus.Index < 0)
            {
                if (reached.Count > 0) break; // focus left the page after its last control
                continue;
            }
            if (!reached.Add(focus.Index)) break; // wrapped around
            Check(focus);
            if (focus.OpensDetails)
            {
                // The page reacts to the details' toggle event, which the browser sends a moment after the
                // Enter (the search then moves the focus into its box): wait for that event, or a busy machine
                // reads the focus too early and the next Tab skips the box.
                await page.EvaluateAsync(ArmToggleScript);
                await page.Keyboard.PressAsync("Enter");
                await page.EvaluateAsync("() => window.keyboardWalkToggled");
                // Opening may move the focus into what it opened (the search moves it to its box).
                var moved = await page.ReadAsync<Focus>(ReadFocusScript);
                if (moved.Index >= 0 && reached.Add(moved.Index)) Check(moved);
            }
        }

        void Check(Focus focus)
        {
            var control = controls[focus.Index];
            var indicatorChanged = (focus.OutlineVisible && focus.Outline != control.Outline)
                || (focus.BoxShadow != "none" && focus.BoxShadow != control.BoxShadow);
            if (!indicatorChanged) problems.Add($"no visible focus indicator (outline {focus.Outline}, box-shadow {focus.BoxShadow}): {control.Description}");
            if (!focus.OnScreen) problems.Add($"focused but not on screen: {control.Description}");
        }

        problems.AddRange(controls.Where(c => !reached.Contains(c.Index)).Select(c => $"never reached with Tab: {c.Description}"));
        return problems;
    }

    private sealed record Control(int Index, string Description, string Outline, string BoxShadow);

    private sealed record Focus(int Index, string? Outline, bool OutlineVisible, string? BoxShadow, bool OnScreen, bool OpensDetails);
}
