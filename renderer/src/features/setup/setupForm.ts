import type { useForm } from '../../hooks/useForm';

/** The wizard's fields; the director's are sent nested as `director.*`. */
export const SETUP_FIELDS = {
  centreName: '',
  committeeName: '',
  committeeShortName: '',
  displayName: '',
  username: '',
  password: '',
  confirmPassword: '',
};

export type SetupField = keyof typeof SETUP_FIELDS;
export type SetupForm = ReturnType<typeof useForm<SetupField>>;

/** Server field paths that belong to step 1, to send the user back there when one is refused. */
export const CENTRE_PATHS = ['centreName', 'committeeName', 'committeeShortName'];
