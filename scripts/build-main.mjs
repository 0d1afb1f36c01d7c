// Bundles the desktop shell: the main process (with the core and shared/
// inlined) and the preload script. Run with `npm run build:main`; the renderer
// is built separately by Vite into out/renderer.
import { build } from 'esbuild';
import { rm, stat } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22', // Electron 45 runs Node 22
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
};

// Code written as ES modules may use import.meta (e.g. createRequire(import.meta.url));
// in a CJS bundle it would be empty, so point it at the bundle file instead.
const importMetaShim = {
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: {
    'import.meta.url': '__importMetaUrl',
    'import.meta.filename': '__filename',
    'import.meta.dirname': '__dirname',
  },
};

/**
 * Fails the build if a bundle would `require` at run time anything but the
 * allowed modules (and, for the main process, Node's built-ins).
 */
function assertExternals(result, outfile, allowed, { builtins }) {
  const imports = result.metafile.outputs[outfile]?.imports ?? [];
  const isAllowed = (path) =>
    allowed.some((name) => path === name || path.startsWith(`${name}/`)) || (builtins && isBuiltin(path));
  const stray = [...new Set(imports.filter((i) => i.external && !isAllowed(i.path)).map((i) => i.path))];
  if (stray.length > 0) {
    throw new Error(`${outfile} 在运行时会加载不允许的模块：${stray.join(', ')}`);
  }
}

await rm(new URL('../out/main', import.meta.url), { recursive: true, force: true });
await rm(new URL('../out/preload', import.meta.url), { recursive: true, force: true });

// Main: native and big font-loading modules stay in node_modules (the .node
// binary cannot be bundled; pdfmake reads its fonts from disk; highs reads its
// WebAssembly solver from beside its own script); electron-log looks Electron
// up at run time.
const mainExternal = ['electron', 'electron-log', 'better-sqlite3-multiple-ciphers', 'pdfmake', 'highs'];
const main = await build({
  ...common,
  ...importMetaShim,
  entryPoints: ['electron/shell/main.ts'],
  outfile: 'out/main/main.cjs',
  external: mainExternal,
});
assertExternals(main, 'out/main/main.cjs', mainExternal, { builtins: true });

// The core's thread and the jobs' threads (electron/core/jobs/workerScript.ts finds them beside main.cjs).
for (const [entry, outfile] of [
  ['electron/core/worker/core.worker.ts', 'out/main/core.worker.cjs'],
  ['electron/core/jobs/job.worker.ts', 'out/main/job.worker.cjs'],
]) {
  const worker = await build({
    ...common,
    ...importMetaShim,
    entryPoints: [entry],
    outfile,
    external: mainExternal,
  });
  assertExternals(worker, outfile, mainExternal, { builtins: true });
}

// Preload: runs sandboxed, where require() knows only a few Electron modules,
// so everything but electron is inlined and nothing else may be required.
const preload = await build({
  ...common,
  entryPoints: ['electron/shell/preload.ts'],
  outfile: 'out/preload/preload.cjs',
  external: ['electron'],
});
assertExternals(preload, 'out/preload/preload.cjs', ['electron'], { builtins: false });

for (const file of [
  'out/main/main.cjs',
  'out/main/core.worker.cjs',
  'out/main/job.worker.cjs',
  'out/preload/preload.cjs',
]) {
  const { size } = await stat(new URL(`../${file}`, import.meta.url));
  console.log(`${file}  ${(size / 1024).toFixed(0)} KB`);
}
