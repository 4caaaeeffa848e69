import './app/styles/global.css';

// The prerendered HTML is the content; the app only adds interaction. So the browser paints first and the app's
// script is fetched right after the first frame, keeping it off the critical path (LCP budget: ≤ 1.2× a static page).

/** Build-time prerender, delegated to the app. */
export async function prerender(data: { url: string }) {
  return (await import('./main')).prerender(data);
}

if (typeof window !== 'undefined') {
  requestAnimationFrame(() => setTimeout(() => void import('./main'), 0));
}
