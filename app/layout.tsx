// Root layout: system fonts, light/dark from the system, site header, default title and description.
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from './_components/SiteHeader';
import { SERVICE_WORKER_SCRIPT } from './_components/service-worker';
import { EARLY_INPUT_SCRIPT } from './_components/terminal/early-input';
import './styles/base.css';
import './styles/layout.css';
import './styles/prose.css';
import './styles/code.css';
import './styles/widgets.css';
import './styles/console-screen.css';

export const metadata: Metadata = {
  title: { default: 'Skillshell: cloud skills with a shell in your browser', template: '%s · Skillshell' },
  description:
    'A free course on cloud skills. Read a lesson, then practise in a simulated shell that runs entirely in the page: no account, no real credentials.',
  applicationName: 'Skillshell',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1419' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* Before hydration: keeps a line entered in a terminal (early-input.ts); hashed into the CSP. */}
        <script dangerouslySetInnerHTML={{ __html: EARLY_INPUT_SCRIPT }} />
        {/* Offline after one visit: precaches the whole course (service-worker/sw.ts). */}
        {process.env.NODE_ENV === 'production' ? (
          <script dangerouslySetInnerHTML={{ __html: SERVICE_WORKER_SCRIPT }} />
        ) : null}
        <SiteHeader />
        {children}
        <footer className="site-footer">
          <p>
            Skillshell is open source (Apache-2.0). The practice shell runs entirely in your browser: nothing
            you type leaves this page, and the keys in the lessons are AWS&apos;s documented examples.
          </p>
        </footer>
      </body>
    </html>
  );
}
