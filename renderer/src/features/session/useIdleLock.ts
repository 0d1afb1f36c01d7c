import { useEffect } from 'react';
import { api } from '../../api';
import { flushDrafts } from '../../hooks/useDraft';
import { useSession } from './useSession';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/** The server keeps its own idle timer; tell it the user is here, but not on every mouse move. */
export const HEARTBEAT_INTERVAL_MS = 60_000;

/**
 * Locks the session after `minutes` without mouse, keyboard or touch input
 * (design.md security checklist: the idle lock drops the unwrapped key).
 *
 * Activity only records a timestamp; a single timeout re-checks the elapsed
 * time against Date.now() when it fires and re-arms itself for the remainder.
 * That keeps mousemove cheap and works with fake clocks (Playwright's
 * page.clock) that fast-forward both timers and Date.
 */
export function useIdleLock(minutes: number) {
  const { setStatus, refresh } = useSession();

  useEffect(() => {
    const idleMs = minutes * 60_000;
    let lastActivity = Date.now();
    // Signing in or unlocking just told the server we are here.
    let lastHeartbeat = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;

    const lock = async () => {
      done = true;
      // A form's typing waiting to be sent goes first: the lock unmounts it and drops the key.
      await flushDrafts();
      const result = await api.session.lock({});
      if (result.ok) setStatus(result.value);
      else await refresh();
    };

    const heartbeat = async () => {
      const result = await api.session.heartbeat({});
      // The server may have locked on its own timer; follow it.
      if (result.ok && result.value.state !== 'active') setStatus(result.value);
    };

    const check = () => {
      const idleFor = Date.now() - lastActivity;
      if (idleFor >= idleMs) void lock();
      else timer = setTimeout(check, idleMs - idleFor);
    };

    const onActivity = () => {
      if (done) return;
      lastActivity = Date.now();
      if (lastActivity - lastHeartbeat >= HEARTBEAT_INTERVAL_MS) {
        lastHeartbeat = lastActivity;
        void heartbeat();
      }
    };

    timer = setTimeout(check, idleMs);
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      done = true;
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [minutes, setStatus, refresh]);
}
