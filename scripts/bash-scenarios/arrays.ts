// Scenarios: indexed and associative arrays kept across lines (declare -a/-A, read -a, +=, slices).
import type { BashScenario } from './types';

const scenario = (name: string, description: string, script: string): BashScenario => ({
  name: `arrays-${name}`,
  description,
  script,
});

export const arrayScenarios: BashScenario[] = [
  scenario(
    'length-next-line',
    'An array assigned on one line has its length on the next.',
    'fruits=(apple banana)\necho ${#fruits[@]}\n',
  ),
  scenario(
    'index-next-line',
    'Elements by index on a later line.',
    'fruits=(apple banana cherry)\necho ${fruits[0]} ${fruits[2]}\necho "${fruits[-1]}"\n',
  ),
  scenario(
    'append',
    '+= appends elements across lines.',
    'a=(1 2)\na+=(3)\na+=(4 5)\necho "${a[@]}" ${#a[@]}\n',
  ),
  scenario(
    'declare-a',
    'declare -a with values, then element assignment.',
    'declare -a list=(x y)\nlist[5]=z\necho "${list[@]}" ${#list[@]} "${!list[@]}"\n',
  ),
  scenario(
    'declare-A',
    'An associative array keeps its kind across lines.',
    'declare -A colour\ncolour[sky]=blue\ncolour[grass]=green\necho ${colour[sky]} ${colour[grass]} ${#colour[@]}\n',
  ),
  scenario(
    'read-a',
    'read -a splits a line into an array used later.',
    'read -a words <<< "one two three"\necho ${#words[@]} ${words[1]}\n',
  ),
  scenario(
    'loop-over',
    'A for loop over "${arr[@]}" keeps elements with spaces.',
    'files=("my notes.txt" b.txt)\nfor f in "${files[@]}"; do echo "[$f]"; done\n',
  ),
  scenario('slice', 'Slices of an array.', 'n=(a b c d e)\necho "${n[@]:1:3}"\necho "${n[@]: -2}"\n'),
  scenario(
    'unset-element',
    'unset of one element keeps the others and their indices.',
    'n=(a b c)\nunset "n[1]"\necho "${n[@]}" "${!n[@]}"\n',
  ),
  scenario('declare-p', 'declare -p shows an array as bash prints it.', 'arr=(x "y z")\ndeclare -p arr\n'),
  scenario(
    'star-vs-at',
    '"${a[*]}" joins with the first IFS character; "${a[@]}" keeps words.',
    'a=(1 2 3)\nIFS=,\necho "${a[*]}"\nprintf "<%s>" "${a[@]}"; echo\n',
  ),
  scenario(
    'mapfile',
    'mapfile reads lines into an array.',
    "printf 'l1\\nl2\\nl3\\n' > lines.txt\nmapfile -t L < lines.txt\necho ${#L[@]} ${L[2]}\n",
  ),
  scenario(
    'in-function',
    'A function fills a global array that later lines read.',
    'fill() { out=(); for i in 1 2 3; do out+=("n$i"); done; }\nfill\necho "${out[@]}"\n',
  ),
  scenario(
    'scalar-is-element-zero',
    'A scalar reads as element 0 and $arr as the first element.',
    'a=(first second)\necho $a\ns=solo\necho ${s[0]} ${#s[@]}\n',
  ),
  scenario(
    'array-append-next-line',
    '+= appends to an array across lines.',
    'a=(x)\na+=(y z)\necho "${a[@]} ${#a[@]}"\n',
  ),
  scenario(
    'array-unset-element',
    'unset of one element keeps the others.',
    'a=(p q r)\nunset "a[1]"\necho "${a[@]} ${!a[@]}"\n',
  ),
];
