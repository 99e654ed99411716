// Copy-to-clipboard button for a code block: copies the text of the <pre> in the same .code-block.
'use client';
import { useRef, useState } from 'react';

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Older browsers and plain-http hosts: a hidden textarea and execCommand.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

export function CopyButton() {
  const ref = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    const pre = ref.current?.closest('.code-block')?.querySelector('pre');
    if (!pre) return;
    try {
      await writeClipboard((pre.textContent ?? '').replace(/\n$/, ''));
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2000);
  }

  return (
    <>
      <button ref={ref} type="button" className="copy-button" onClick={copy} data-status={status}>
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy failed' : 'Copy'}
        <span className="visually-hidden"> code</span>
      </button>
      <span className="visually-hidden" role="status">
        {status === 'copied'
          ? 'Code copied to the clipboard'
          : status === 'failed'
            ? 'Could not copy the code'
            : ''}
      </span>
    </>
  );
}
