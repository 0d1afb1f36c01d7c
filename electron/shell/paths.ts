import { app } from 'electron';
import { join } from 'node:path';

/** The name the user sees (window title, About box, installer). */
export const PRODUCT_NAME = '综治中心档案台账系统';

/**
 * The app's folder name under the OS app-data folder. ASCII and fixed, so the
 * archive, the logs and the single-instance lock stay where they are whatever
 * the product is called; `defaultArchiveDir` in the core uses the same name.
 */
export const APP_FOLDER = 'centre-archive';

// The shell runs as the bundle out/main/main.cjs (inside app.asar once
// packaged), so everything the build writes sits beside it: __dirname is the
// bundle's folder in development and packaged alike.
const outDir = join(__dirname, '..');

/** The built renderer page, loaded with `loadFile`. */
export const rendererIndexPath = (): string => join(outDir, 'renderer', 'index.html');

/** The bundled preload script (one CJS file: sandboxed preloads cannot load others). */
export const preloadPath = (): string => join(outDir, 'preload', 'preload.cjs');

/**
 * resources/ of the project: copied beside app.asar by electron-builder
 * (`extraResources`) when packaged, read from the checkout in development.
 */
export const resourcesDir = (): string =>
  app.isPackaged ? join(process.resourcesPath, 'resources') : join(outDir, '..', 'resources');

/** The window icon: .ico on Windows (sharp at every taskbar size), .png elsewhere. */
export const iconPath = (): string =>
  join(resourcesDir(), 'icons', process.platform === 'win32' ? 'icon.ico' : 'icon.png');
