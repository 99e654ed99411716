// GNU `tail`: -n N / -n +N / -c N / -c +N, the old `-3` form, headers for several files (-q, -v).
import { defineCommand, type CustomCommand } from 'just-bash';
import { parseCount, runCounted } from './head';

export const tailCommand: CustomCommand = defineCommand('tail', async (args, ctx) => {
  const read = parseCount('tail', args);
  if (read.error) return read.error;
  const { n, other, bytes } = read.count;
  return runCounted(
    'tail',
    ctx,
    read.parsed,
    (u) => (other ? u.slice(Math.max(0, n - 1)) : n === 0 ? [] : u.slice(-n)),
    bytes,
  );
});
