import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './bench/chromium';

// Several checkouts on one machine: E2E_PORT keeps their static servers apart.
const port = Number(process.env.E2E_PORT ?? 3100);

const launchOptions = {
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    // Phones run only the journeys whose layout or input differs there (the `ui-*` specs), not the
    // whole suite a second time: CI stays well within its time on 2 cores.
    {
      name: 'phone',
      testMatch: /ui-.*\.spec\.ts$/,
      use: { ...devices['Pixel 7'], deviceScaleFactor: 1, launchOptions },
    },
  ],
  webServer: {
    command: `npx serve out --listen ${port} --no-clipboard`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60000,
  },
});
