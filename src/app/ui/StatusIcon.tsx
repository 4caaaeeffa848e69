import type { CardStatus } from '../../engine/time';

// Status is never colour alone: each has its own shape, and the text beside it says it in words.

/** A decorative icon for a counter's card-work status or a renewal's state (the label next to it carries the meaning). */
export function StatusIcon(props: { status: CardStatus | 'not-yet' | 'expired' }) {
  return (
    <svg class="status-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2.2" />
      {props.status === 'not-yet' && <path d="M12 6.5V12l3.5 2.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />}
      {props.status === 'open' && <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />}
      {props.status === 'closed' && <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />}
      {props.status === 'no-card-work' && <path d="M5 19L19 5" fill="none" stroke="currentColor" stroke-width="2.4" />}
      {props.status === 'expired' && (
        <>
          <path d="M12 6.5v7" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
          <circle cx="12" cy="17.2" r="1.4" fill="currentColor" />
        </>
      )}
      {props.status === 'unknown' && (
        <>
          <path d="M9.3 9.3a2.8 2.8 0 1 1 3.9 2.6c-.7.3-1.2 1-1.2 1.8v.6" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
          <circle cx="12" cy="17.3" r="1.3" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
