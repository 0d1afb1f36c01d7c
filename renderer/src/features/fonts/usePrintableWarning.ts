import { useEffect, useState } from 'react';
import { unprintableWarning } from '../../../../shared/fonts/schemas';
import { api } from '../../api';

/** Answers already had, by text: a name is asked once, not at every keystroke's pause. */
const known = new Map<string, string[]>();

/** Forgets the answers: the fonts changed (系统设置 → 打印字体). */
export function forgetPrintableChecks(): void {
  known.clear();
}

/** How long typing must pause before a name is checked. */
const PAUSE_MS = 300;

/**
 * The warning for a name holding a character no configured font can print
 * (fonts.check), or '' — shown at data entry so the problem is seen when the
 * name is typed, not when the agreement is printed. It warns, never blocks:
 * the director may still add a font that has the character.
 */
export function usePrintableWarning(text: string): string {
  const trimmed = text.trim();
  const [answer, setAnswer] = useState<{ text: string; chars: string[] }>({ text: '', chars: [] });
  useEffect(() => {
    if (!trimmed || known.has(trimmed)) return;
    let current = true;
    const timer = setTimeout(() => {
      void api.fonts.check({ text: trimmed }).then((result) => {
        if (!result.ok) return;
        known.set(trimmed, result.value.unprintable);
        if (current) setAnswer({ text: trimmed, chars: result.value.unprintable });
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed]);
  const chars = known.get(trimmed) ?? (answer.text === trimmed ? answer.chars : []);
  return trimmed && chars.length ? unprintableWarning(chars) : '';
}
