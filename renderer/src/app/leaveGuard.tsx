import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import Typography from '@mui/material/Typography';
import { FormDialog } from '../components/FormDialog';

/**
 * Unsaved work is never dropped silently: a page with edits not yet saved
 * registers a guard, and whatever would take it away (the drawer, opening a
 * record, 锁定 and 退出登录, the page's own month or tab switch) asks first —
 * 保存, 放弃修改 or 取消 — through `useConfirmLeave`. Only one page is shown at
 * a time, so one guard at a time. The idle lock does not ask: it must lock.
 *
 * A form whose typing is kept as a draft (useDraft) loses nothing by leaving:
 * its guard has no `save`, and the question is the gentle one — 留下 or 离开.
 * Locking does not ask it at all: unlocking returns to the same page, and the
 * draft is sent before the key is dropped.
 */
export interface LeaveGuard {
  /** What would be lost, in one sentence: 「本月排班有未保存的修改，离开将丢失。」 */
  message: string;
  /**
   * 保存: resolves true once saved (leaving goes on), false to stay (the page
   * shows why). Absent where a draft keeps the typing.
   */
  save?: () => Promise<boolean>;
}

/** Why the page would go: locking keeps the page to come back to, leaving does not. */
export type LeaveReason = 'leave' | 'lock';

interface LeaveGuardApi {
  /** The page's guard as it is now (its save saves what is on screen); answers the unregistering. */
  register(guard: () => LeaveGuard | null): () => void;
  confirmLeave(proceed: () => void, reason: LeaveReason): void;
}

const LeaveGuardContext = createContext<LeaveGuardApi | null>(null);

export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const current = useRef<(() => LeaveGuard | null) | null>(null);
  const [asking, setAsking] = useState<{ guard: LeaveGuard; proceed: () => void } | null>(null);
  const [busy, setBusy] = useState(false);

  const api = useMemo<LeaveGuardApi>(
    () => ({
      register(guard) {
        current.current = guard;
        return () => {
          if (current.current === guard) current.current = null;
        };
      },
      confirmLeave(proceed, reason) {
        const guard = current.current?.() ?? null;
        if (guard && (guard.save || reason === 'leave')) setAsking({ guard, proceed });
        else proceed();
      },
    }),
    [],
  );

  const leave = () => {
    const proceed = asking?.proceed;
    setAsking(null);
    proceed?.();
  };

  const save = async () => {
    if (!asking?.guard.save) return leave();
    setBusy(true);
    try {
      const saved = await asking.guard.save();
      setAsking(null);
      if (saved) asking.proceed();
    } finally {
      setBusy(false);
    }
  };

  // Kept as a draft (no save of its own): nothing to lose, so only 留下 or 离开.
  const kept = asking !== null && !asking.guard.save;

  return (
    <LeaveGuardContext.Provider value={api}>
      {children}
      <FormDialog
        open={asking !== null}
        title={kept ? '离开此页？' : '有未保存的修改'}
        submitLabel={kept ? '离开' : '保存'}
        cancelLabel={kept ? '留下' : '取消'}
        busy={busy}
        alternative={kept ? undefined : { label: '放弃修改', onClick: leave }}
        onClose={() => setAsking(null)}
        onSubmit={() => void save()}
      >
        <Typography>{asking?.guard.message}</Typography>
      </FormDialog>
    </LeaveGuardContext.Provider>
  );
}

/**
 * Guards the page while `guard` is not null (there are unsaved edits). The
 * latest guard is the one asked, so its `save` always saves what is on screen.
 */
export function useLeaveGuard(guard: LeaveGuard | null): void {
  const context = useContext(LeaveGuardContext);
  const latest = useRef(guard);
  useEffect(() => {
    latest.current = guard;
  });
  const guarded = guard !== null;
  useEffect(
    () => (context && guarded ? context.register(() => latest.current) : undefined),
    [context, guarded],
  );
}

/**
 * Runs `proceed` at once, or after the question when a page holds unsaved
 * edits (and then only on 保存 that succeeded, on 放弃修改, or on 离开 where a
 * draft keeps the typing).
 */
export function useConfirmLeave(): (proceed: () => void, reason?: LeaveReason) => void {
  const context = useContext(LeaveGuardContext);
  return useCallback(
    (proceed: () => void, reason: LeaveReason = 'leave') =>
      context ? context.confirmLeave(proceed, reason) : proceed(),
    [context],
  );
}
