// Accessible OS tabs (WAI-ARIA tabs pattern: arrows, Home, End, automatic activation) bound to the shared OS choice.
'use client';
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { osLabels, type Os } from './os';
import { setOsChoice, useOsChoice } from './os-choice';

type Props = {
  /** The operating systems this block has a tab for, in the author's order. */
  oses: Os[];
  /** One panel per entry of `oses`, already rendered on the server. */
  panels: ReactNode[];
};

export function OsTabsClient({ oses, panels }: Props) {
  const choice = useOsChoice();
  const selected = choice && oses.includes(choice) ? choice : oses[0];
  const baseId = useId();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);

  function select(index: number) {
    const os = oses[index];
    if (!os) return;
    setOsChoice(os);
    tabs.current[index]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = oses.indexOf(selected as Os);
    const last = oses.length - 1;
    const target: Record<string, number> = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    const index = target[event.key];
    if (index === undefined) return;
    event.preventDefault();
    select(index);
  }

  return (
    <div className="os-tabs">
      <div role="tablist" aria-label="Operating system" className="os-tabs-list" onKeyDown={onKeyDown}>
        {oses.map((os, index) => (
          <button
            key={os}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${os}`}
            aria-selected={os === selected}
            aria-controls={`${baseId}-panel-${os}`}
            tabIndex={os === selected ? 0 : -1}
            onClick={() => select(index)}
          >
            {osLabels[os]}
          </button>
        ))}
      </div>
      {oses.map((os, index) => (
        <div
          key={os}
          role="tabpanel"
          id={`${baseId}-panel-${os}`}
          aria-labelledby={`${baseId}-tab-${os}`}
          hidden={os !== selected}
          tabIndex={0}
          className="os-tabs-panel"
        >
          {panels[index]}
        </div>
      ))}
    </div>
  );
}
