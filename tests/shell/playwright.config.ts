import { defineConfig } from '@playwright/test';

// Desktop-shell tests: Playwright drives the real Electron app. They run where
// an Electron binary exists and are reported as skipped, with the reason,
// where it does not (as in CI here). bundle.spec.ts runs the built bundles
// against a fake electron module everywhere. The main and preload bundles are
// rebuilt before each run; the renderer comes from `npm run build:renderer`.
export default defineConfig({
  testDir: '.',
  globalSetup: './global-setup.ts',
  testMatch: '*.spec.ts',
  outputDir: '../artifacts/shell',
  timeout: 60_000,
  // One Electron app at a time: each launch is a whole browser.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
});
