import { useCallback, useRef } from 'react';

/**
 * The element a person would type into for an invalid field. MUI marks a
 * select's hidden native input `aria-invalid`; the focusable part is its
 * combobox beside it. A date field (components/dates) is marked on its
 * group; the cursor goes to its first section (the year).
 */
function focusTarget(marked: HTMLElement): HTMLElement {
  const section = marked.querySelector<HTMLElement>('[role="spinbutton"]');
  if (section) return section;
  if (marked.getAttribute('aria-hidden') === 'true' || marked.tabIndex < 0) {
    const box = marked.closest('.MuiInputBase-root')?.querySelector<HTMLElement>('[role="combobox"]');
    if (box) return box;
  }
  return marked;
}

/**
 * Moves the cursor to the first field marked invalid inside a form (a local
 * check or the server's `error.fields`) and scrolls it to the middle of the
 * view, so a long form's error is not ~35 Tab stops above, out of sight
 * (issue 13, item 2). Call `focusInvalid()` after the errors were set.
 */
export function useFocusInvalid<E extends HTMLElement = HTMLDivElement>() {
  const ref = useRef<E>(null);
  const focusInvalid = useCallback(() => {
    // After React has rendered the new errors (aria-invalid on the inputs).
    requestAnimationFrame(() => {
      const marked = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (!marked) return;
      const target = focusTarget(marked);
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
    });
  }, []);
  return { ref, focusInvalid };
}
