// Scenarios: bash arithmetic is 64-bit signed integers — $(( )), (( )), let, declare -i, [[ -gt ]], bases, errors.
import { scenarioMaker, type BashScenario } from './types';

const s = scenarioMaker('arith');

export const arithmeticScenarios: BashScenario[] = [
  s(
    'overflow',
    'Sums, products and literals past 2^63 wrap around.',
    'echo $((9223372036854775807 + 1)) $((9223372036854775807 * 2))\n' +
      'echo $((-9223372036854775808 - 1)) $((9223372036854775808)) $((18446744073709551617))\n',
  ),
  s(
    'shift',
    'Shifts are 64-bit and arithmetic; the count wraps at 64.',
    'echo $((1<<63)) $((1<<62)) $((1 << 64)) $((-1>>1)) $((-8 >> 1))\n',
  ),
  s(
    'division',
    'Division truncates toward zero; % takes the sign of the dividend.',
    'echo $(( 7/2 )) $((-7/2)) $((-7%3)) $((7%-3))\n' +
      'echo $((-9223372036854775808 / -1)) $((-9223372036854775808 % -1))\n',
  ),
  s(
    'bitwise-big',
    '| & ^ ~ << work on values above 2^31.',
    'echo $((0xFFFFFFFF | 1)) $((0x100000000 & 0x1FFFFFFFF)) $((0xFFFFFFFFFF ^ 0xFF))\n' +
      'echo $((3000000000 << 1)) $((~2147483648)) $((1 << 40 | 1 << 33))\n',
  ),
  s(
    'power',
    '** multiplies in 64 bits.',
    'echo $((3**40)) $((7**30)) $((2**62 * 2)) $((0**0)) $((-2**63)) $((-2**2))\n',
  ),
  s(
    'let',
    'let assigns 64-bit results; its status says whether the last value is 0.',
    'let x=2**63 y=9223372036854775807+2\necho $x $y\nlet "z = 1 << 40"\necho $z\nlet n=0\necho "status $?"\n',
  ),
  s(
    'declare-i',
    'An integer variable wraps when += goes past the largest value.',
    'declare -i n=2**64\necho $n\nn+=9223372036854775807\necho $n\nn+=1\necho $n\nn=n*2\necho $n\n',
  ),
  s(
    'command',
    '(( )) on big values: status, compound assignment, ++ and -- wrapping.',
    '(( 2**64 ))\necho "status $?"\n(( 2**63 ))\necho "status $?"\n(( big = 1 << 62, big *= 4 ))\necho $big\n' +
      'x=9223372036854775807\n((x++))\necho $x\n((x--))\necho $x\n',
  ),
  s(
    'compare-big',
    '[[ -gt ]], [ -gt ] and (( > )) compare 64-bit values exactly; [ refuses a larger number.',
    'a=9223372036854775807\nb=9223372036854775806\n[[ $a -gt $b ]] && echo "[[ gt"\n[[ $a -eq $b ]] || echo "[[ ne"\n' +
      '[ $a -gt $b ] && echo "[ gt"\n(( a > b )) && echo "(( gt"\n[ 9223372036854775808 -gt 1 ]\necho "status $?"\n',
  ),
  s(
    'division-by-zero',
    'Division by zero names the expression and the rest of it.',
    'echo $((1/0))\necho "status $?"\necho $(( 5 % 0 ))\nz=0\necho $((7 / z))\necho $(( (4+4) % (2-2) ))\n' +
      'let \'y = 1/0\'\necho "status $?"\n',
  ),
  s(
    'bases',
    'Octal, hex and base# literals, 64 bits wide.',
    'echo $((10#08)) $((10#010)) $((0x1F)) $((0X1f)) $((2#101)) $((16#ff)) $((36#z)) $((64#_)) $((010))\n' +
      'echo $((16#7fffffffffffffff)) $((0xffffffffffffffff)) $((2#1111111111111111111111111111111111111111111111111111111111111111))\n',
  ),
  s(
    'octal-error',
    '08 is not octal: the error names the literal.',
    'echo $((08))\necho "status $?"\necho $((09 + 1))\nx=08\necho $((x))\necho "status $?"\n',
  ),
  s(
    'variables',
    'Variables holding big or octal numbers are read exactly.',
    'x=9223372036854775807\necho $((x + 1)) $((x / 3)) $((x % 1000))\ny=010\necho $((y)) $((y + 1))\nz=-010\necho $((z))\n',
  ),
  s(
    'shift-assign',
    '<< and >>= inside (( )) and for (( )) are operators, not here-documents.',
    'for ((i = 1; i <= 1 << 3; i <<= 1)); do echo $i; done\nj=8\n((j >>= 2))\necho $j\n((j >= 2)) && echo ge\n((k = 1<<4))\necho $k\n',
  ),
];
