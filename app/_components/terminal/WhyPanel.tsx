// The terminal's "Why?" panel: the newest aws call explained (the data of `why --json`), rendered for reading.
'use client';

import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { LastAwsCall } from '@/lib/shell';
import {
  lastCallAnnouncement,
  lastCallOutcome,
  lastCallVerdict,
  statementRole,
  statementTitle,
} from '@/lib/terminal';
import styles from './WhyPanel.module.css';

export interface WhyPanelProps {
  id: string;
  call: LastAwsCall | null;
  onClose(): void;
}

const STEP_CLASS = { used: styles.used, skipped: styles.skipped, failed: styles.failed } as const;

export function WhyPanel({ id, call, onClose }: WhyPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The call shown when the panel opened is read out with the heading; later calls are announced.
  const openedWith = useRef(call?.seq ?? null);
  useEffect(() => headingRef.current?.focus(), []);
  const announcement = call && call.seq !== openedWith.current ? lastCallAnnouncement(call) : '';

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <section id={id} className={styles.panel} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className={styles.header}>
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
          Why: the last aws call explained
        </h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p role="status" className={styles.announcement}>
        {announcement}
      </p>
      {call ? (
        <CallExplanation call={call} />
      ) : (
        <p className={styles.empty}>
          No <code>aws</code> command has run in this terminal yet. Run one (for example{' '}
          <code>aws sts get-caller-identity</code>) and its explanation appears here.
        </p>
      )}
    </section>
  );
}

function CallExplanation({ call }: { call: LastAwsCall }) {
  const x = call.explanation;
  const verdict = lastCallVerdict(call);
  return (
    <div className={styles.body}>
      <p className={styles.command}>
        <code>{call.commandLine}</code>
      </p>
      <p className={`${styles.verdict} ${styles[verdict]}`}>{lastCallOutcome(call)}</p>
      {x ? (
        <>
          <h4 className={styles.subheading}>
            Credentials{x.call.profile ? ` (profile ${x.call.profile})` : ''}
          </h4>
          {x.credentials.length === 0 ? (
            <p>No credential lookup was recorded for this call.</p>
          ) : (
            <ol className={styles.steps}>
              {x.credentials.map((step, i) => (
                <li key={i}>
                  <span className={`${styles.tag} ${STEP_CLASS[step.outcome]}`}>{step.outcome}</span>{' '}
                  <code>{step.provider}</code>: {step.reason}
                </li>
              ))}
            </ol>
          )}
          {x.authentication ? (
            <>
              <h4 className={styles.subheading}>Authentication</h4>
              <p>
                {x.call.accessKeyId ? (
                  <>
                    Key <code>{x.call.accessKeyId}</code>
                  </>
                ) : (
                  'The key'
                )}
                {x.call.identityArn ? (
                  <>
                    {' '}
                    as <code>{x.call.identityArn}</code>
                  </>
                ) : null}
                : <strong>{x.authentication.outcome}</strong>, {x.authentication.reason}
              </p>
            </>
          ) : null}
          <h4 className={styles.subheading}>Authorization</h4>
          {x.authorization ? (
            <Authorization authorization={x.authorization} />
          ) : (
            <p>{call.noAuthorization}</p>
          )}
        </>
      ) : (
        <p>No details were recorded for this call (it did not reach the service).</p>
      )}
    </div>
  );
}

type Authorized = NonNullable<NonNullable<LastAwsCall['explanation']>['authorization']>;

function Authorization({ authorization: a }: { authorization: Authorized }) {
  return (
    <>
      <p>
        <code>{a.action}</code> on <code>{a.resource}</code>
      </p>
      {a.policies.length === 0 ? (
        <p>No identity-based or resource-based policy applies to this principal.</p>
      ) : (
        <ul className={styles.policies}>
          {a.policies.map((policy) => (
            <li key={policy.source}>
              <p className={styles.policy}>{policy.source}</p>
              <ul className={styles.statements}>
                {policy.statements.map((s) => (
                  <li key={s.index} className={s.decided ? styles.decided : undefined}>
                    <p>
                      <strong>{statementTitle(s)}</strong>:{' '}
                      <span className={styles.tag}>{statementRole(s)}</span>
                    </p>
                    <ul className={styles.checks}>
                      {s.checks.map((c, i) => (
                        <li key={i}>
                          <span className={c.matched ? styles.yes : styles.no}>
                            {c.matched ? 'matches' : 'no match'}
                          </span>{' '}
                          {c.element}: {c.reason}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.summary}>{a.summary}</p>
      {a.hint ? <p className={styles.hint}>Hint: {a.hint}</p> : null}
    </>
  );
}

export default WhyPanel;
