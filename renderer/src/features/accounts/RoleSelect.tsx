import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { ROLES, ROLE_LABELS } from '../../../../shared/accounts/roles';

/**
 * A native <select>: fully keyboard-operable, and a test picks an option by
 * its label with `selectOption` instead of clicking through a popup menu.
 */
export function RoleSelect(props: TextFieldProps) {
  return (
    <TextField select label="角色" {...props} slotProps={{ select: { native: true } }}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </TextField>
  );
}
