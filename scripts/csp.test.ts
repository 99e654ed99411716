// The CSP helper hashes exactly the inline scripts and puts the policy before every script.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineScripts, policyFor, withCsp } from './csp';

const page =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script></head>' +
  '<body><p>x</p><script>self.__next_f.push([0])</script><script id="_R_">boot()</script></body></html>';

describe('csp', () => {
  test('finds inline scripts and skips external ones', () => {
    expect(inlineScripts(page)).toEqual(['self.__next_f.push([0])', 'boot()']);
  });

  test('the policy lists a sha256 per inline script and never unsafe-eval', () => {
    const hash = createHash('sha256').update('boot()').digest('base64');
    const policy = policyFor(page);
    expect(policy).toContain(`'sha256-${hash}'`);
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  test('the meta tag follows the charset at the top of head and is replaced, not duplicated, on a second run', () => {
    const once = withCsp(page);
    expect(once).toMatch(
      /^<!DOCTYPE html><html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; /,
    );
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script'));
    const twice = withCsp(once);
    expect(twice).toBe(once);
  });
});
