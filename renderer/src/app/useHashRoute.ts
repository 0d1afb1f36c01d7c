import { useCallback, useEffect, useRef, useState } from 'react';
import type { Route } from './navigation';
import { hashToRoute, routeToHash } from './router';

/** Where the app is and which history entry shows it (a new entry is a fresh page). */
export interface RouteEntry {
  route: Route;
  /** The entry's place in this tab's history; record pages are keyed by it. */
  index: number;
}

export interface HashRouter {
  entry: RouteEntry;
  /** Goes to `route` as a new history entry (Back returns here). */
  push(route: Route): void;
  /** Shows `route` in place of the current entry (a case's code once read, a page the role may not see). */
  replace(route: Route): void;
}

/** The history entry's own state: its index, so Back and Forward know how far they went. */
interface EntryState {
  archiveIndex: number;
}

const indexOf = (state: unknown): number | undefined => {
  const value = (state as Partial<EntryState> | null)?.archiveIndex;
  return typeof value === 'number' ? value : undefined;
};

const stateOf = (index: number): EntryState => ({ archiveIndex: index });

/**
 * The address bar as the app's place: every page change is a history entry
 * (`#/ledger`, `#/ledger/cases/2026-000123`), so Back and Forward move between
 * pages, a reload shows the same page and a case has a link of its own.
 *
 * Back and Forward ask first while the page holds unsaved edits, as every
 * other way out does (leaveGuard.tsx). The browser has already moved when
 * `popstate` arrives, so the hook steps back to the entry still on screen
 * (keeping the address true to the page) and, on 保存 or 放弃修改, steps
 * forward again to the one asked for; 取消 leaves both page and address.
 */
export function useHashRoute(confirmLeave: (proceed: () => void) => void): HashRouter {
  const [entry, setEntry] = useState<RouteEntry>(() => ({
    route: hashToRoute(location.hash),
    index: indexOf(history.state) ?? 0,
  }));
  const current = useRef(entry);
  /** Our own step back to the entry on screen: its popstate is not a move. */
  const restoring = useRef(false);
  /** The move the user confirmed: its popstate goes through without asking again. */
  const confirmed = useRef(false);

  const show = useCallback((next: RouteEntry) => {
    current.current = next;
    setEntry(next);
  }, []);

  // The first entry (a fresh tab, a typed address) is stamped so Back and Forward can count from it.
  useEffect(() => {
    if (indexOf(history.state) === undefined)
      history.replaceState(stateOf(current.current.index), '', location.href);
  }, []);

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      // An address typed by hand is a new entry with no state: one step after the page shown.
      let index = indexOf(event.state);
      if (index === undefined) {
        index = current.current.index + 1;
        history.replaceState(stateOf(index), '', location.href);
      }
      const next: RouteEntry = { route: hashToRoute(location.hash), index };
      if (restoring.current) {
        restoring.current = false;
        return;
      }
      if (confirmed.current) {
        confirmed.current = false;
        show(next);
        return;
      }
      const delta = index - current.current.index;
      // confirmLeave runs `proceed` at once when nothing is unsaved; later (or never) when it asks.
      let asking = false;
      confirmLeave(() => {
        if (!asking) return show(next);
        confirmed.current = true;
        history.go(delta);
      });
      asking = true;
      if (current.current !== next && delta !== 0 && !confirmed.current) {
        // Still asking (or 取消 already): put the address back on the page shown.
        restoring.current = true;
        history.go(-delta);
      }
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [confirmLeave, show]);

  const push = useCallback(
    (route: Route) => {
      const hash = routeToHash(route);
      if (hash === location.hash || (hash === '#/' && location.hash === '')) {
        show({ route, index: current.current.index });
        return;
      }
      const index = current.current.index + 1;
      history.pushState(stateOf(index), '', hash);
      show({ route, index });
    },
    [show],
  );

  const replace = useCallback(
    (route: Route) => {
      const index = current.current.index;
      history.replaceState(stateOf(index), '', routeToHash(route));
      show({ route, index });
    },
    [show],
  );

  return { entry, push, replace };
}
