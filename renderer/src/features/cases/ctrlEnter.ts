import type { KeyboardEvent } from 'react';

/**
 * Long forms are saved with Ctrl+Enter (or the button), never by a stray Enter
 * in a single-line field: the desk types fast, and a half-filled record must
 * not be saved by accident.
 */
export function ctrlEnter(submit: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
}
