// Contract test of just-bash's private internals the seam relies on: each failure names the broken assumption.
import { Bash, defineCommand } from 'just-bash';
import { describe, expect, test } from 'vitest';
import { VolumeFs } from './volume-fs';
import { createEmptyVolume } from './volume';
import {
  bashState,
  coverageHooks,
  registeredCommandNames,
  stdinIsRegularFile,
  type InterpreterHandle,
  type InterpreterHooks,
} from './just-bash-seam';

interface Seen {
  handles: InterpreterHandle[];
  commands: { name: string; args: string[]; functions: string[]; pid: number; allexport: boolean }[];
  pipelines: number[];
  steps: number;
}

async function observe(script: string): Promise<Seen> {
  const seen: Seen = { handles: [], commands: [], pipelines: [], steps: 0 };
  const hooks: InterpreterHooks = {
    step: () => seen.steps++,
    attach: (handle) => {
      seen.handles.push(handle);
      return {
        command: (name, args, _skip, run) => {
          const state = handle.state;
          seen.commands.push({
            name,
            args,
            functions: [...(state.funcNameStack ?? [])],
            pid: state.bashPid,
            allexport: state.options.allexport,
          });
          return run();
        },
        pipeline: (size, run) => {
          seen.pipelines.push(size);
          return run();
        },
      };
    },
  };
  // As the session configures it (defense-in-depth off: it blocks module loading inside hooks).
  const bash = new Bash({ coverage: coverageHooks(hooks), cwd: '/', defenseInDepth: false });
  await bash.exec(script);
  return seen;
}

describe('just-bash internals the sandbox relies on (patches/just-bash+3.4.2.patch)', () => {
  test('the Interpreter constructor calls coverage.attachInterpreter(this) (our patch is applied)', async () => {
    const seen = await observe('true');
    expect(seen.handles.length, 'patch not applied: run `npx patch-package`').toBe(1);
  });

  test('coverage.hit() is called on every step (the CPU guard counts busy time there)', async () => {
    expect((await observe('true; true; true')).steps).toBeGreaterThanOrEqual(3);
  });

  test('Interpreter#runCommand(name, args, …) is called for every command name after expansion', async () => {
    const seen = await observe('x=a; echo "$x" nomatch*; f() { printenv; }; f');
    expect(seen.commands.map((c) => [c.name, c.args])).toEqual([
      ['echo', ['a', 'nomatch*']],
      ['f', []],
      ['printenv', []],
    ]);
  });

  test('state.funcNameStack lists the running functions, innermost first', async () => {
    const seen = await observe('g() { true; }; f() { g; }; f');
    expect(seen.commands.find((c) => c.name === 'true')?.functions).toEqual(['g', 'f']);
  });

  test('state.bashPid changes inside ( … ) and $( … )', async () => {
    const seen = await observe('true; ( true ); x=$(true)');
    const [top, sub, subst] = seen.commands.map((c) => c.pid);
    expect(sub, 'subshell keeps the parent bashPid').not.toBe(top);
    expect(subst, 'command substitution keeps the parent bashPid').not.toBe(top);
  });

  test('Interpreter#executePipeline(node) gets every pipeline with node.commands', async () => {
    expect((await observe('true | true | true; true')).pipelines).toEqual([3, 1]);
  });

  test('state.options.allexport follows set -a', async () => {
    const seen = await observe('true; set -a; true');
    expect(seen.commands.filter((c) => c.name === 'true').map((c) => c.allexport)).toEqual([false, true]);
  });

  test('Interpreter#buildExportedEnv() gives exported variables plus prefix assignments', async () => {
    let env: Record<string, string> = {};
    const bash = new Bash({
      defenseInDepth: false,
      coverage: coverageHooks({
        attach: (handle) => ({
          command: (name, _args, _skip, run) => {
            if (name === 'true') env = handle.exportedEnv();
            return run();
          },
        }),
      }),
    });
    await bash.exec('A=1; export B=2; C=3 true');
    expect(env).toMatchObject({ B: '2', C: '3' });
    expect(env.A).toBeUndefined();
  });

  test('a child shell (bash -c) gets its own interpreter', async () => {
    expect((await observe("bash -c 'true'")).handles).toHaveLength(2);
  });

  test('Bash#state (env Map, exportedVars, functions) and Bash#commands (a Map of names)', () => {
    const bash = new Bash({ env: { A: '1' } });
    const state = bashState(bash);
    expect(state.env, 'Bash#state.env is a Map').toBeInstanceOf(Map);
    expect(state.env.get('A')).toBe('1');
    expect(state.functions, 'Bash#state.functions is a Map').toBeInstanceOf(Map);
    expect(typeof state.lastExitCode).toBe('number');
    expect(registeredCommandNames(bash)).toEqual(expect.arrayContaining(['ls', 'cat', 'grep']));
  });

  describe('stdout and stderr merged in write order (coverage.interleave, our patch)', () => {
    const run = async (script: string) => {
      const bash = new Bash({ coverage: coverageHooks({}), cwd: '/', defenseInDepth: false });
      return bash.exec(script);
    };
    test('&> file asks interleave for one command group', async () => {
      const result = await run('{ echo out; echo err >&2; echo out2; } &> /f; cat /f');
      expect(result.stdout, 'applyRedirections: one file for both streams').toBe('out\nerr\nout2\n');
    });
    test("2>&1 to the caller's stdout (pipe, $( … )) asks interleave", async () => {
      const result = await run(
        '{ echo a; echo b >&2; echo c; } 2>&1 | cat; x=$({ echo d >&2; echo e; } 2>&1); echo $x',
      );
      expect(result.stdout, 'applyRedirections: both fds to live stdout').toBe('a\nb\nc\nd e\n');
    });
    test('> file 2>&1 (stderr through the descriptor > opened) asks interleave', async () => {
      const result = await run(
        '{ echo a; echo b >&2; echo c; } > /f 2>&1; { echo d >&2; echo e; } 2> /g 1>&2; cat /f /g',
      );
      expect(result.stdout, 'applyRedirections: a file sink and a descriptor on the same path').toBe(
        'a\nb\nc\nd\ne\n',
      );
    });
    test('|& asks interleave for the command that just ended', async () => {
      const result = await run('{ echo visible; echo hidden >&2; } |& cat');
      expect(result.stdout, 'executePipeline: |& merge').toBe('visible\nhidden\n');
    });
  });

  test('a redirection that cannot open its file asks coverage.errnoText and fails that command only', async () => {
    const fs = new VolumeFs(createEmptyVolume());
    const bash = new Bash({ fs, coverage: coverageHooks({}), cwd: '/', defenseInDepth: false });
    const result = await bash.exec('echo x > nodir/f; echo "after $?"');
    expect(result.stderr, 'openOutputEntry: errno text of the failed open').toBe(
      'bash: nodir/f: No such file or directory\n',
    );
    expect(result.stdout).toBe('after 1\n');
  });

  test('our patch: a bad substitution fails its command when it runs, named as typed', async () => {
    const bash = new Bash({ cwd: '/', defenseInDepth: false });
    const result = await bash.exec('if false; then echo ${y!}; fi; echo before; echo ${x!}');
    expect(result.stderr, 'parser: ${x!} is a BadSubstitution op, not a parse error').toBe(
      'bash: ${x!}: bad substitution\n',
    );
    expect(result.stdout).toBe('before\n');
    expect((await bash.exec('echo ${%}')).stderr, 'BadSubstitutionError names ${…}').toBe(
      'bash: ${%}: bad substitution\n',
    );
  });

  test('our patch: type prints each statement of a function body on its own line', async () => {
    const bash = new Bash({ cwd: '/', defenseInDepth: false });
    const result = await bash.exec('f() { echo hi; local x=1; }; type f');
    expect(result.stdout, 'type-command formatFunctionSource').toBe(
      'f is a function\nf () \n{ \n    echo hi;\n    local x=1\n}\n',
    );
  });

  test('our patch: a glob ending in / matches directories only and keeps the slash', async () => {
    const bash = new Bash({
      cwd: '/w',
      files: { '/w/f1': '', '/w/d1/x': '', '/w/d2/x': '' },
      defenseInDepth: false,
    });
    expect((await bash.exec('echo */ d*/ */x/ no*/')).stdout, 'Glob#expand').toBe(
      'd1/ d2/ d1/ d2/ */x/ no*/\n',
    );
  });

  describe('our patch: arithmetic in 64-bit signed integers, as bash computes it', () => {
    const run = async (script: string) => {
      const result = await new Bash({ cwd: '/', defenseInDepth: false }).exec(script);
      return result.stdout + result.stderr;
    };
    test('$(( )) wraps at 2^64 and keeps every digit (applyBinaryOp, parseArithNumber)', async () => {
      expect(
        await run('echo $((2**64)) $((2**63)) $((9223372036854775807 + 1)) $((18446744073709551617))'),
      ).toBe('0 -9223372036854775808 -9223372036854775808 1\n');
      expect(
        await run('echo $((1<<63)) $((-1>>1)) $((-7/2)) $((-7%3)) $((0xFFFFFFFF | 1)) $((~2147483648))'),
      ).toBe('-9223372036854775808 -1 -3 -1 4294967295 -2147483649\n');
    });
    test('variables, ++, op= and let read and write exact values', async () => {
      expect(
        await run(
          'x=9223372036854775807; y=010; echo $((x)) $((y)); ((x++)); echo $x; ((x-=1)); echo $x; let z=2**63; echo $z',
        ),
      ).toBe('9223372036854775807 8\n-9223372036854775808\n9223372036854775807\n-9223372036854775808\n');
    });
    test('[[ -gt ]] and [ -gt ] compare 64-bit values; [ refuses what does not fit', async () => {
      expect(
        await run(
          'a=9223372036854775807; b=9223372036854775806; [[ $a -gt $b ]] && echo a; [ $a -gt $b ] && echo b; [ 9223372036854775808 -gt 1 ]; echo $?',
        ),
      ).toBe('a\nb\n2\n');
    });
    test('a literal too great for its base and a division by 0 name the expression and the token', async () => {
      expect(await run('echo $((1+08))')).toBe(
        'bash: 1+08: value too great for base (error token is "08")\n',
      );
      expect(await run('z=0; echo $(( 5 / z + 1 ))')).toBe(
        'bash: 5 / z + 1 : division by 0 (error token is "z + 1 ")\n',
      );
      expect(await run("let 'y=1/0'")).toBe('bash: let: y=1/0: division by 0 (error token is "0")\n');
    });
    test('(( )) lexes << as a shift and keeps the spacing of the source (Lexer, parseArithmeticCommand)', async () => {
      expect(
        await run('((y = 1<<4)); echo $y; ((y >>= 2)); echo $y; ((y>=4)) && echo ge; let "z=1<<5"; echo $z'),
      ).toBe('16\n4\nge\n32\n');
    });
  });

  test('our patch: an empty if/elif/while condition or for body is a syntax error (parseIf, parseWhile, parseFor)', async () => {
    const bash = new Bash({ cwd: '/', defenseInDepth: false });
    for (const [script, token] of [
      ['if then echo a; fi', 'then'],
      ['if false; then echo; elif then echo; fi', 'then'],
      ['while do echo x; done', 'do'],
      ['until do echo x; done', 'do'],
      ['for x in a; do done', 'done'],
      ['for ((i=0; i<1; i++)); do done', 'done'],
    ] as const) {
      const result = await bash.exec(script);
      expect(result.stderr, script).toContain(`syntax error near unexpected token \`${token}'`);
      expect(result.stdout, script).toBe('');
    }
  });

  test('our patch: a sourced file with a syntax error asks coverage.syntaxStop what to run and print', async () => {
    const bash = new Bash({
      cwd: '/',
      files: { '/bad.sh': 'echo first\nif then\necho never\n', '/stray.sh': 'echo one\necho done )\n' },
      coverage: coverageHooks({}),
      defenseInDepth: false,
    });
    const result = await bash.exec('source /bad.sh; echo "status $?"; . /stray.sh');
    expect(result.stdout, 'handleSource runs the prefix, status 2').toBe('first\nstatus 2\none\n');
    expect(result.stderr, 'the interactive shell names itself first').toBe(
      "bash: /bad.sh: line 2: syntax error near unexpected token `then'\nbash: /bad.sh: line 2: `if then'\n" +
        "bash: /stray.sh: line 2: syntax error near unexpected token `)'\nbash: /stray.sh: line 2: `echo done )'\n",
    );
  });

  test('stdinIsRegularFile: < file (on the command or its group), not a pipe, here-string or here-doc', async () => {
    const probe = defineCommand('probe', async (_args, ctx) => ({
      stdout: `${stdinIsRegularFile(ctx)}\n`,
      stderr: '',
      exitCode: 0,
    }));
    const bash = new Bash({
      cwd: '/',
      files: { '/f': 'x\n' },
      customCommands: [probe],
      coverage: coverageHooks({}),
      defenseInDepth: false,
    });
    const result = await bash.exec(
      'probe < /f; { probe; } < /f; echo | probe; probe <<< x; probe <<E\nx\nE\nprobe; { echo | probe; } < /f',
    );
    expect(result.stdout, 'Interpreter#executeCommand(node) sees node.redirections').toBe(
      'true\ntrue\nfalse\nfalse\nfalse\nfalse\nfalse\n',
    );
  });
});
