// Input made on the prerendered page before the app took it over: a box ticked, a radio chosen, a name typed.
// Hydration attaches the app to the HTML as it is without reading it, so the app's state would not know, and its next
// render would undo it. The shell notes such controls before hydrating and then, one at a time, puts each back as the
// person left it and fires the events a person's input fires, so each component's own handler takes the state in as
// it takes any input: no component needs to know.

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A control the person changed, and what they left it showing. */
export interface TouchedControl {
  control: Control;
  checked: boolean;
  value: string;
}

/** The controls under `root` whose state on screen is no longer what the HTML said. */
export function touchedControls(root: Element): TouchedControl[] {
  return [...root.querySelectorAll<Control>('input, textarea, select')]
    .filter((c) => {
      if (c instanceof HTMLInputElement) {
        // A box's value is "on" without a value attribute: only `checked` tells.
        if (c.type === 'checkbox' || c.type === 'radio') return c.checked !== c.defaultChecked;
        return c.value !== c.defaultValue;
      }
      if (c instanceof HTMLTextAreaElement) return c.value !== c.defaultValue;
      return [...c.options].some((o) => o.selected !== o.defaultSelected);
    })
    .map((control) => ({ control, checked: control instanceof HTMLInputElement && control.checked, value: control.value }));
}

/**
 * Hands each control's state to the app, one at a time. Each handler's render sets the other controls back to what
 * the app knows, so each is put back as the person left it just before its own events; after each, the app has
 * rendered what its handler changed (the address, for a tick), so the next handler starts from it.
 */
export async function replayInput(touched: readonly TouchedControl[]): Promise<void> {
  for (const { control, checked, value } of touched) {
    const checkable = control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
    // A radio group fires on the one chosen only (the one the HTML chose is now simply not).
    if (!control.isConnected || (checkable && control.type === 'radio' && !checked)) continue;
    if (checkable) (control as HTMLInputElement).checked = checked;
    else control.value = value;
    if (!(control instanceof HTMLSelectElement)) control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve));
  }
}
