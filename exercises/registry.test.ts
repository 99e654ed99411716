// The registry matches the files, every exercise a lesson embeds exists, and every exercise is embedded in its lesson.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exercises } from './index';

const root = path.resolve(__dirname, '..');

describe('the registry', () => {
  test('lists every file in exercises/ once, under its file name', () => {
    const files = readdirSync(__dirname)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(exercises.map((e) => e.id).sort()).toEqual(files);
  });
});

/** Every lesson file under content/, with the exercise ids it embeds and lists in its frontmatter. */
function lessons() {
  const found: { lesson: string; embedded: string[]; listed: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx')) {
        const text = readFileSync(full, 'utf8');
        const embedded = [...text.matchAll(/<Terminal\s[^>]*exercise=["']([^"']+)["']/g)].map(
          (m) => m[1] as string,
        );
        found.push({
          lesson: path.relative(path.join(root, 'content'), full).replace(/\.mdx$/, ''),
          embedded,
          listed: frontmatterExercises(text),
        });
      }
    }
  };
  walk(path.join(root, 'content'));
  return found;
}

/** The `exercises:` list of a lesson's YAML frontmatter (flow `[a, b]` or block `- a` style). */
function frontmatterExercises(text: string): string[] {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const flow = /^exercises:\s*\[([^\]]*)\]/m.exec(frontmatter);
  if (flow)
    return (flow[1] ?? '')
      .split(',')
      .map((s) => s.trim().replace(/^["']|["']$/g, ''))
      .filter(Boolean);
  const block = /^exercises:\s*\n((?:[ \t]+-.*\n?)*)/m.exec(frontmatter);
  return [...(block?.[1] ?? '').matchAll(/-\s*["']?([^"'\s]+)/g)].map((m) => m[1] as string);
}

describe('lessons and exercises', () => {
  const all = lessons();
  const ids = new Set(exercises.map((e) => e.id));

  test('every exercise a lesson embeds or lists exists', () => {
    const unknown = all.flatMap((l) =>
      [...l.embedded, ...l.listed].filter((id) => !ids.has(id)).map((id) => `${l.lesson}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  test('every exercise is embedded in the lesson it names, and listed in its frontmatter', () => {
    const problems = exercises.flatMap((exercise) => {
      const lesson = all.find((l) => l.lesson === exercise.lesson);
      if (!lesson) return [`${exercise.id}: no lesson file content/${exercise.lesson}.mdx`];
      return [
        ...(lesson.embedded.includes(exercise.id)
          ? []
          : [`${exercise.id}: no <Terminal exercise="${exercise.id}" /> in ${exercise.lesson}`]),
        ...(lesson.listed.includes(exercise.id)
          ? []
          : [`${exercise.id}: not in the frontmatter exercises of ${exercise.lesson}`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  test('the frontmatter reader understands both YAML list styles', () => {
    expect(frontmatterExercises('---\ntitle: x\nexercises: [a-b, "c"]\n---\n')).toEqual(['a-b', 'c']);
    expect(frontmatterExercises('---\nexercises:\n  - a-b\n  - c\nminutes: 3\n---\n')).toEqual(['a-b', 'c']);
  });
});
