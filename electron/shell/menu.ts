import { dialog, Menu, shell, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import type { Logger } from '../core/logger';
import { PRODUCT_NAME } from './paths';

export interface MenuOptions {
  /** Packaged builds get no developer tools. */
  isPackaged: boolean;
  version: string;
  /** The app's own log folder (never a folder of user data). */
  logsDir: string;
  log: Logger;
}

function showAbout(window: BaseWindow | undefined, options: MenuOptions): void {
  const about = {
    type: 'info' as const,
    title: `关于${PRODUCT_NAME}`,
    message: PRODUCT_NAME,
    detail: `版本 ${options.version}\n运行环境 Electron ${process.versions.electron ?? '—'}，Node ${process.versions.node}`,
    buttons: ['确定'],
    noLink: true,
  };
  const shown = window ? dialog.showMessageBox(window, about) : dialog.showMessageBox(about);
  shown.catch((error: unknown) => options.log.error('无法显示“关于”对话框', error));
}

function openLogsFolder(options: MenuOptions): void {
  void shell.openPath(options.logsDir).then((problem) => {
    if (!problem) return;
    options.log.warn('无法打开日志文件夹', options.logsDir, problem);
    dialog.showErrorBox('无法打开日志文件夹', `日志保存在：${options.logsDir}`);
  });
}

/** The application menu, in Chinese, with Windows access keys (文件(F) …). */
export function buildAppMenu(options: MenuOptions): Menu {
  const view: MenuItemConstructorOptions[] = [
    { label: '重新加载', role: 'reload' },
    { type: 'separator' },
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) view.push({ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' });

  return Menu.buildFromTemplate([
    { label: '文件(&F)', submenu: [{ label: '退出', role: 'quit' }] },
    {
      label: '编辑(&E)',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图(&V)', submenu: view },
    {
      label: '帮助(&H)',
      submenu: [
        { label: '关于', click: (_item, window) => showAbout(window, options) },
        { label: '打开日志文件夹', click: () => openLogsFolder(options) },
      ],
    },
  ]);
}
