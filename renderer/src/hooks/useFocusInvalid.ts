import { useCallback, useRef } from 'react';

/**
 * Moves the cursor to the first field marked invalid inside a form (a local
 * check or the server's `error.fields`), so a long form's error is not
 * below the fold. Call `focusInvalid()` after the errors were set.
 */
export function useFocusInvalid<E extends HTMLElement = HTMLDivElement>() {
  const ref = useRef<E>(null);
  const focusInvalid = useCallback(() => {
    // After React has rendered the new errors (aria-invalid on the inputs).
    requestAnimationFrame(() => {
      const field = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      field?.focus();
    });
  }, []);
  return { ref, focusInvalid };
}
