import { useState } from 'react';
import { LoginPage } from './LoginPage';
import { RecoverPage } from './RecoverPage';

/** Nobody is signed in: the login form, or the recovery-key form reached from it. */
export function LoggedOutScreen() {
  const [recovering, setRecovering] = useState(false);
  return recovering ? (
    <RecoverPage onBack={() => setRecovering(false)} />
  ) : (
    <LoginPage onRecover={() => setRecovering(true)} />
  );
}
