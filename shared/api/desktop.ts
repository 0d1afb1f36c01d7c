/**
 * What the desktop shell offers the page besides `window.api`: the system's
 * folder dialog, for 备份到… and 从…恢复. Not a core call (the core has no
 * windows, and the browser mode has no such dialog: there the path is typed).
 */
export interface DesktopBridge {
  /** Shows the system's folder picker titled `title`; the chosen folder's full path, or null when cancelled. */
  chooseFolder(title: string): Promise<string | null>;
}

/** The shell's IPC channel behind `chooseFolder` (electron/shell/folderDialog.ts). */
export const CHOOSE_FOLDER_CHANNEL = 'desktop:choose-folder';
