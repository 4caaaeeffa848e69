import { hydrate, prerender as ssr, LocationProvider, Router, Route } from 'preact-iso';

function Start() {
  return <main><h1>{'窓口'}</h1></main>;
}

/** The whole app, shared by the prerenderer and the browser. */
export function App() {
  return (
    <LocationProvider>
      <Router>
        <Route path="/" component={Start} />
        <Route default component={Start} />
      </Router>
    </LocationProvider>
  );
}

if (typeof window !== 'undefined') hydrate(<App />, document.getElementById('app')!);

/** Build-time prerender of each route's default state. */
export async function prerender() {
  return await ssr(<App />);
}
