// Scenarios (category identity): whoami, id, uname, hostname, yes, fixed dates. Only shapes that do not depend
// on the recording machine's user or host (the sandbox is learner@skillshell; the recorder runs as someone else).
import type { BashScenario } from './types';

const s = (name: string, description: string, script: string): BashScenario => ({
  name: `identity-${name}`,
  description,
  script,
});

export const identityScenarios: BashScenario[] = [
  s('uname-default', 'uname and uname -s say Linux.', 'uname\nuname -s\n'),
  s('uname-os-machine', 'uname -o and -m.', 'uname -o\nuname -m\n'),
  s('uname-unknown-fields', 'uname -p and -i are unknown on Debian.', 'uname -p\nuname -i\n'),
  s(
    'uname-a-ends',
    'uname -a starts with the kernel name and ends with the OS.',
    "uname -a | cut -d' ' -f1\nuname -a | awk '{print $NF}'\n",
  ),
  s('uname-sm', 'uname -sm and -ms print in the fixed order.', 'uname -sm\nuname -ms\n'),
  s('uname-n-is-hostname', 'uname -n equals hostname.', '[ "$(uname -n)" = "$(hostname)" ] && echo same\n'),
  s('uname-extra-operand', 'uname with an operand.', 'uname x\necho $?\n'),
  s('uname-bad-option', 'uname with an unknown option.', 'uname -q\necho $?\n'),
  s(
    'whoami-one-line',
    'whoami prints one line, the same as id -un.',
    'whoami | wc -l\n[ "$(whoami)" = "$(id -un)" ] && echo same\n',
  ),
  s('whoami-extra-operand', 'whoami with an operand.', 'whoami x\necho $?\n'),
  s(
    'id-numbers',
    'id -u and id -g are numbers.',
    'id -u | grep -cE "^[0-9]+$"\nid -g | grep -cE "^[0-9]+$"\n',
  ),
  s(
    'id-shape',
    'id prints uid=N(name) gid=N(name) groups=...',
    'id | grep -cE "^uid=[0-9]+\\([a-z]+\\) gid=[0-9]+\\([a-z]+\\) groups=[0-9]+\\([a-z]+\\)"\n',
  ),
  s(
    'id-name-flags',
    'id -un, id -gn and id -nu agree.',
    '[ "$(id -un)" = "$(id -nu)" ] && echo same\n[ "$(id -gn)" = "$(id -g -n)" ] && echo same\n',
  ),
  s('id-of-self', 'id of my own name matches plain id.', '[ "$(id "$(whoami)")" = "$(id)" ] && echo same\n'),
  s('id-no-such-user', 'id of an unknown user.', 'id nosuchuser\necho $?\n'),
  s('id-conflicting', 'id -u -g cannot both be given.', 'id -u -g\necho $?\n'),
  s('hostname-one-line', 'hostname prints one word.', 'hostname | wc -l\nhostname | wc -w\n'),
  s('yes-head', 'yes | head -3 prints three y lines.', 'yes | head -3\n'),
  s(
    'yes-words',
    'yes with words repeats them joined by spaces.',
    'yes hello | head -n 2\nyes a b | head -n 1\n',
  ),
  s('yes-bytes', 'yes | head -c counts bytes.', 'yes | head -c 5\necho\nyes "" | head -n 3 | wc -l\n'),
  s(
    'date-epoch',
    'date -d @0 with formats (UTC).',
    'date -u -d @0 +%F\ndate -u -d @86400 "+%Y %m %d %H:%M:%S"\n',
  ),
  s(
    'date-weekday',
    'date of a fixed day: weekday and day of year.',
    'date -u -d 2024-01-15 +%A\ndate -u -d 2024-02-29 "+%j %b %a"\n',
  ),
];
