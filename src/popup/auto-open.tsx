import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browserAutoOpenConnector, type AutoOpenConnector } from './auto-open-connector';
import { AutoOpenSwitch, type AutoOpenData } from './components/auto-open';
import './auto-open.css';

/**
 * The popup's per-site auto-open switch, kept apart from the popup's own state: it needs only the
 * tab's site and the stored list, and mounts below the popup (see mountAutoOpen).
 */

export function AutoOpen({ connector }: { connector: AutoOpenConnector }) {
  const [data, setData] = useState<AutoOpenData>({ site: null, on: false, denied: false });

  useEffect(() => {
    void (async () => {
      const site = await connector.site();
      if (site) setData({ site, on: await connector.isOn(site.host), denied: false });
    })();
  }, [connector]);

  const toggle = (): void => {
    const { site, on } = data;
    if (!site) return;
    // Called synchronously from the click, so the permission prompt may show.
    void connector.set(site, !on).then((now) => setData({ site, on: now, denied: !on && !now }));
  };

  return <AutoOpenSwitch data={data} actions={{ toggle, openSettings: connector.openSettings }} />;
}

/** Renders the switch in its own element after the popup's root. */
export function mountAutoOpen(after: Element): void {
  const host = document.createElement('div');
  after.after(host);
  render(<AutoOpen connector={browserAutoOpenConnector(window.location)} />, host);
}
