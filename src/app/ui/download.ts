/**
 * Starts a download of a text made on the device (a Blob behind an object URL): nothing is sent anywhere. The URL is
 * revoked after 30 s, as some browsers read the blob after click() returns.
 */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The media type of the calendar files Madoguchi offers. */
export const CALENDAR_TYPE = 'text/calendar;charset=utf-8';
