import { useLocation } from 'preact-iso';
import { useT } from '../../i18n';

// The flow marks each screen it moves forward to (markForward) with the screen it came from. A Back link to that
// screen then goes back in history, as the phone's Back button does, so the two never disagree; any other Back
// (a shared link, a reload) replaces the entry, so the phone's Back never returns to the screen just left.

const KEY = 'madoguchiFrom';

/** Marks the history entry just pushed: the entry before it shows the screen `from` (a flow step). */
export function markForward(from: string): void {
  history.replaceState({ ...(history.state as object | null), [KEY]: from }, '');
}

/** The mark of the current history entry (the screen before it), to keep across a replace. */
export function currentMark(): string | undefined {
  const state = history.state as Record<string, unknown> | null;
  return typeof state?.[KEY] === 'string' ? (state[KEY] as string) : undefined;
}

/** The back link of a screen: to the previous one, whose answer the URL still holds. */
export function BackLink(props: { href: string; from?: string }) {
  const t = useT('flow');
  const { route } = useLocation();
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    // preact-iso handles every link click on the window: this one is ours alone.
    e.stopPropagation();
    const state = history.state as Record<string, unknown> | null;
    if (props.from !== undefined && state?.[KEY] === props.from) history.back();
    else route(props.href, true);
  };
  return (
    <a class="back-link" href={props.href} onClick={onClick}>
      {t('back')}
    </a>
  );
}
