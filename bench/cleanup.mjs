// Whatever the benchmark starts (servers, browsers) is stopped on every way out: normal end, error, Ctrl-C.

/** @type {Set<() => void>} */
const syncKillers = new Set();
/** @type {Set<() => Promise<void>>} */
const asyncClosers = new Set();

/**
 * Registers a synchronous kill (safe inside process.on('exit')); returns a function that unregisters it.
 * @param {() => void} kill
 */
export function onExitKill(kill) {
  syncKillers.add(kill);
  return () => syncKillers.delete(kill);
}

/**
 * Registers a graceful async close, run by closeAll(); returns a function that unregisters it.
 * @param {() => Promise<void>} close
 */
export function onClose(close) {
  asyncClosers.add(close);
  return () => asyncClosers.delete(close);
}

/** Closes everything registered, gracefully first, then kills what is left. */
export async function closeAll() {
  const closers = [...asyncClosers];
  asyncClosers.clear();
  await Promise.allSettled(closers.map((c) => c()));
  killAll();
}

function killAll() {
  for (const kill of [...syncKillers]) {
    try {
      kill();
    } catch {
      // Already gone.
    }
  }
  syncKillers.clear();
}

let installed = false;

/** Installs the process-level handlers once. */
export function installExitHandlers() {
  if (installed) return;
  installed = true;
  process.on('exit', killAll);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal}, stopping servers and browsers`);
      const force = setTimeout(() => process.exit(130), 3000);
      force.unref();
      closeAll().finally(() => process.exit(130));
    });
  }
}
