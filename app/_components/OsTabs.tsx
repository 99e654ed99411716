// Server side of the OS tabs: reads the <OsTab os="..."> children an author wrote and hands them to the client island.
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { isOs, type Os } from './os';
import { OsTabsClient } from './OsTabsClient';
import { StaticMarkup } from './static-markup/StaticMarkup';

/** Props of one tab: `<OsTab os="linux">…</OsTab>`. */
export type OsTabProps = { os: Os; children?: ReactNode };

/** One operating system's content; only meaningful inside <OsTabs>. */
export function OsTab({ children }: OsTabProps) {
  return <>{children}</>;
}

/** Tabs for Linux, macOS and Windows (any subset, each at most once); the learner's choice is shared site-wide. */
export function OsTabs({ children }: { children?: ReactNode }) {
  const tabs = Children.toArray(children).filter(
    (child): child is ReactElement<OsTabProps> => isValidElement(child) && child.type === OsTab,
  );
  const oses = tabs.map((tab) => tab.props.os);
  const bad = oses.filter((os) => !isOs(os));
  if (tabs.length === 0 || bad.length > 0 || new Set(oses).size !== oses.length) {
    throw new Error(
      `<OsTabs> needs one or more <OsTab os="linux|macos|windows"> children, each OS at most once; got [${oses.join(', ')}]`,
    );
  }
  // Every panel is rendered on the server (hidden ones too), so each can be static markup.
  return (
    <OsTabsClient
      oses={oses}
      panels={tabs.map((tab) => (
        <StaticMarkup key={tab.props.os}>{tab.props.children}</StaticMarkup>
      ))}
    />
  );
}
