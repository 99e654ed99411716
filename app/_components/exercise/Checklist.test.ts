// The checklist and the exercise wrapper as the server renders them (statuses in words, broken checks, bad ids).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { renderCompleteHtml } from '../render-html';
import { Checklist } from './Checklist';
import { getExercise } from '@/exercises';
import { ExerciseTerminal } from './ExerciseTerminal';

describe('checklist', () => {
  test('labels render inline Markdown like the messages: backticks become code', () => {
    const html = renderToStaticMarkup(
      createElement(Checklist, {
        results: [{ id: 'a', label: '`~/.aws/credentials` has an `[example_1]` section', status: 'fail' }],
      }),
    );
    expect(html).toContain('<code>~/.aws/credentials</code> has an <code>[example_1]</code> section');
    expect(html).not.toContain('`');
  });

  test('each status is said in words and a failing or broken check shows its message', () => {
    const html = renderToStaticMarkup(
      createElement(Checklist, {
        results: [
          { id: 'a', label: 'Credentials stored', status: 'pass' },
          { id: 'b', label: 'Region set', status: 'fail', message: 'the region is `eu-west-2`' },
          {
            id: 'c',
            label: 'Output set',
            status: 'broken',
            message: 'This check is broken (a bug in the exercise, not your work): boom',
          },
          { id: 'd', label: 'Pending', status: 'pending' },
        ],
      }),
    );
    expect(html).toContain('aria-label="Checks"');
    expect(html).toMatch(/data-status="pass".*Credentials stored.*\(done\)/);
    expect(html).toMatch(
      /data-status="fail".*Region set.*\(not yet\).*the region is <code>eu-west-2<\/code>/,
    );
    expect(html).toMatch(/data-status="broken".*Output set.*\(broken check\).*not your work\): boom/);
    expect(html).toMatch(/Pending.*\(not checked yet\)/);
  });

  test('check messages are text, never HTML', () => {
    const html = renderToStaticMarkup(
      createElement(Checklist, {
        results: [
          { id: 'x', label: '<b>label</b>', status: 'fail', message: '<img src=x onerror=alert(1)>' },
        ],
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('exercise wrapper', () => {
  test('an unknown exercise id fails the build with the id and where to add it', () => {
    expect(() =>
      renderToStaticMarkup(createElement(ExerciseTerminal, { exercise: 'no-such-exercise' })),
    ).toThrow('<Terminal exercise="no-such-exercise" />: no exercise with this id in exercises/index.ts.');
  });

  test('the goal and the checks come from the exercise, rendered on the server; hints wait', async () => {
    const html = await renderCompleteHtml(createElement(ExerciseTerminal, { exercise: 'add-named-profile' }));
    expect(html).toContain('id="exercise-add-named-profile"');
    expect(html).toContain('aria-label="Terminal: add named profile"');
    expect(html).toContain('not checked yet');
    // Hints wait behind the ladder's first button; their texts are not in the page (they load with the grader).
    expect(html).toContain('Show a hint');
    const [firstHint = ''] = getExercise('add-named-profile')?.hints ?? [];
    expect(firstHint.length).toBeGreaterThan(0);
    expect(html).not.toContain(firstHint.slice(0, 30));
  });
});
