import { homedir } from 'node:os';
import { join } from 'node:path';

// Kept apart from the core so the desktop shell can use them without loading the core on its own thread.

/** The desktop app's archive folder, also the CLI's default `--dir`. */
export function defaultArchiveDir(appDataDir?: string): string {
  const appData =
    appDataDir ??
    (process.platform === 'win32'
      ? (process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config')));
  return join(appData, 'centre-archive', 'archive');
}

/** The native driver is a Node-API 10 module: older runtimes crash on it, so refuse them plainly. */
export function assertRuntimeSupported(versions: NodeJS.ProcessVersions): void {
  const napi = Number(versions.napi ?? 0);
  if (!(napi >= 10)) {
    throw new Error(
      `运行环境过旧：需要 Node-API 10 以上（Node.js 22 或更新的 Electron），当前为 Node-API ${napi || '未知'}（Node.js ${versions.node}）。`,
    );
  }
}
