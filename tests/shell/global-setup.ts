import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Rebuilds out/main and out/preload (a fraction of a second), so the shell tests never run a stale bundle. */
export default function globalSetup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build-main.mjs'], { cwd: root, stdio: 'inherit' });
}
