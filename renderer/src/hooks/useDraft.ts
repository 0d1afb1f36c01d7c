import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { api } from '../api';
import { useLeaveGuard } from '../app/leaveGuard';

/** A pause in typing this long saves the draft. */
export const DRAFT_DEBOUNCE_MS = 800;

/** What leaving a changed form says: nothing is lost, the draft is kept. */
export const DRAFT_KEPT_MESSAGE = '表单尚未保存，草稿已保留，可稍后继续。';

// The forms shown now with typing not yet sent: 锁定, 退出登录 and the idle lock
// send it before the key is dropped (flushDrafts), since locking unmounts the form.
const unsent = new Set<() => Promise<void>>();

/** Sends every form's waiting draft; resolves once the archive has them. */
export async function flushDrafts(): Promise<void> {
  await Promise.all([...unsent].map((flush) => flush()));
}

interface DraftOptions<T> {
  /** The form as it starts (empty, or the record being edited): equal to it means nothing to keep. */
  initial: T;
  /** Puts values back into the form: a kept draft, or `initial` again on 丢弃草稿. */
  restore: (values: T) => void;
  /**
   * Whether leaving the page asks first while the form is changed (a form on a
   * page). Dialogs are modal: only the lock reaches them, and it keeps the draft.
   */
  guardLeave?: boolean;
}

export interface DraftState {
  /** When the restored draft had been saved (`2026-11-24T09:05:42`), while its notice is shown. */
  restoredAt: string | null;
  /** A draft that could not be kept (too large): the form says so. */
  error: ApiError | null;
  /** 丢弃草稿: the draft is deleted and the form is back to where it started. */
  discard: () => Promise<void>;
  /** After the form was saved: the draft is deleted and nothing more is kept. */
  committed: () => Promise<void>;
}

/**
 * Typing is never lost (issue 13 §1): the form's values are kept as a draft
 * of the signed-in account inside the encrypted archive — never the browser's
 * storage, which is neither encrypted nor per account — and come back with a
 * notice when the form is opened again: after going to another page, after the
 * lock, after a restart.
 *
 * Saved on change, a pause of DRAFT_DEBOUNCE_MS after the last keystroke,
 * never by a timer of its own: each save follows the user's typing, so the
 * core may count it as activity for the idle lock, and an idle screen sends
 * nothing. What is still waiting goes at once when the form closes or unmounts
 * and, through flushDrafts, before the session is locked or signed out.
 */
export function useDraft<T extends object>(formKey: string, value: T, options: DraftOptions<T>): DraftState {
  const { initial, restore, guardLeave = true } = options;
  const [loaded, setLoaded] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const json = JSON.stringify(value);
  const initialJson = JSON.stringify(initial);
  const latest = useRef({ json, initialJson, initial, restore });
  useEffect(() => {
    latest.current = { json, initialJson, initial, restore };
  });
  // `kept`: what the archive holds now (the empty form when it holds nothing); `waiting`: what is to be sent.
  // `sending`: the save on its way, which a discard must follow rather than overtake.
  const sync = useRef<{
    kept: string | null;
    waiting: string | null;
    sending?: Promise<void>;
    timer?: ReturnType<typeof setTimeout>;
  }>({ kept: null, waiting: null });

  const flush = useCallback(async () => {
    const s = sync.current;
    clearTimeout(s.timer);
    const payload = s.waiting;
    if (payload === null) return;
    s.waiting = null;
    const send = async () => {
      // Back to where it started (every field cleared by hand): there is nothing to keep.
      const result =
        payload === latest.current.initialJson
          ? await api.drafts.discard({ formKey })
          : await api.drafts.save({ formKey, payload });
      if (result.ok) s.kept = payload;
      setError(result.ok ? null : result.error);
    };
    s.sending = (s.sending ?? Promise.resolve()).then(send);
    await s.sending;
  }, [formKey]);

  // Read the kept draft when the form opens.
  useEffect(() => {
    let live = true;
    sync.current = { kept: null, waiting: null };
    setLoaded(false);
    setRestoredAt(null);
    setError(null);
    void api.drafts.get({ formKey }).then((result) => {
      if (!live) return;
      const { initialJson: start, json: now, initial: base } = latest.current;
      const draft = result.ok ? result.value : null;
      // Typing that beat the answer wins; the draft is then replaced by it.
      if (draft && now === start) {
        const values = { ...base, ...draft.payload } as T;
        sync.current.kept = JSON.stringify(values);
        latest.current.restore(values);
        setRestoredAt(draft.savedAt);
      } else sync.current.kept = start;
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [formKey]);

  // Each change, once the kept draft is in: sent after a pause in typing.
  useEffect(() => {
    const s = sync.current;
    if (!loaded) return;
    clearTimeout(s.timer);
    if (json === s.kept) {
      s.waiting = null;
      return;
    }
    s.waiting = json;
    s.timer = setTimeout(() => void flush(), DRAFT_DEBOUNCE_MS);
  }, [json, loaded, flush]);

  // Closing or leaving sends what waits; so does locking, through flushDrafts.
  useEffect(() => {
    unsent.add(flush);
    return () => {
      unsent.delete(flush);
      void flush();
    };
  }, [flush]);

  const forget = useCallback(async () => {
    const s = sync.current;
    clearTimeout(s.timer);
    s.waiting = null;
    await s.sending;
    s.kept = latest.current.initialJson;
    setRestoredAt(null);
    setError(null);
    await api.drafts.discard({ formKey });
  }, [formKey]);

  const discard = useCallback(async () => {
    latest.current.restore(latest.current.initial);
    await forget();
  }, [forget]);

  useLeaveGuard(guardLeave && loaded && json !== initialJson ? { message: DRAFT_KEPT_MESSAGE } : null);

  return { restoredAt, error, discard, committed: forget };
}

/** The part of useForm a draft needs. */
interface DraftableForm<V> {
  values: V;
  setValues: (values: V) => void;
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * useDraft for a form kept by useForm: its values are the draft, and the form
 * as it first rendered is where it started (call it in the same render).
 */
export function useFormDraft<V extends object>(
  formKey: string,
  form: DraftableForm<V>,
  options: Omit<DraftOptions<V>, 'initial' | 'restore'> = {},
): DraftState {
  const [initial] = useState(form.values);
  return useDraft(formKey, form.values, {
    ...options,
    initial,
    restore: (values) => {
      form.setValues(values);
      form.setErrors({});
    },
  });
}
