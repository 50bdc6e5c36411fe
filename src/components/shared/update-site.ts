/** How long to wait for the newest version to arrive before reloading anyway. */
const WAIT_FOR_NEW_VERSION = 10_000;

/**
 * Switches this tab to the newest version of the site. A plain reload is not enough when the
 * offline copy serves the pages: the copy must first fetch the new version, then hand over to it.
 */
export async function switchToNewestVersion(): Promise<void> {
  const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  const registration = await container?.getRegistration().catch(() => undefined);
  if (!container || !registration) {
    window.location.reload();
    return;
  }
  await registration.update().catch(() => undefined);
  const waiting = registration.waiting ?? (await installed(registration));
  if (!waiting) {
    window.location.reload();
    return;
  }
  container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage('use-new-version');
}

/** The new version once it has installed, or null when none arrives in time. */
function installed(registration: ServiceWorkerRegistration): Promise<ServiceWorker | null> {
  return new Promise((done) => {
    const incoming = registration.installing;
    if (!incoming) return done(null);
    const timer = window.setTimeout(() => done(null), WAIT_FOR_NEW_VERSION);
    incoming.addEventListener('statechange', () => {
      if (incoming.state === 'installed') {
        window.clearTimeout(timer);
        done(incoming);
      } else if (incoming.state === 'redundant') {
        window.clearTimeout(timer);
        done(null);
      }
    });
  });
}
