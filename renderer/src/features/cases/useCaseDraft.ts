import { useCallback, useState } from 'react';
import type { FieldErrors } from '../../hooks/useForm';
import { emptyParty, type CaseDraft, type PartyDraft } from './caseDraft';

const without = (errors: FieldErrors, test: (path: string) => boolean): FieldErrors => {
  const kept = Object.entries(errors).filter(([path]) => !test(path));
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
};

/**
 * The state of one case form: the draft, and field errors keyed by the
 * contract's paths (`summary`, `parties.1.idNumber`). Editing a field clears
 * its error; removing a party clears all party errors, whose indices moved.
 */
export function useCaseDraft(initial: () => CaseDraft) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const clearError = useCallback((path: string) => setErrors((e) => without(e, (p) => p === path)), []);

  const set = useCallback(
    <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) => {
      setDraft((d) => ({ ...d, [key]: value }));
      clearError(key);
    },
    [clearError],
  );

  const setParty = useCallback((index: number, patch: Partial<PartyDraft>) => {
    setDraft((d) => ({ ...d, parties: d.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));
    setErrors((e) => without(e, (path) => Object.keys(patch).some((k) => path === `parties.${index}.${k}`)));
  }, []);

  const addParty = useCallback((kind: PartyDraft['kind']) => {
    setDraft((d) => ({ ...d, parties: [...d.parties, emptyParty(kind)] }));
    setErrors((e) => without(e, (path) => path === 'parties'));
  }, []);

  const removeParty = useCallback((index: number) => {
    setDraft((d) => ({ ...d, parties: d.parties.filter((_, i) => i !== index) }));
    setErrors((e) => without(e, (path) => path.startsWith('parties.')));
  }, []);

  return { draft, setDraft, errors, setErrors, clearError, set, setParty, addParty, removeParty };
}

export type CaseDraftState = ReturnType<typeof useCaseDraft>;
