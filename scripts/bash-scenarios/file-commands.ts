// Scenarios (category files): cp, mv, rm, mkdir, touch, ls, stat, ln, find, basename, dirname, chmod.
import { scenarioMaker, type BashScenario } from './types';

const two = { 'a.txt': { content: 'alpha\n' }, 'b.txt': { content: 'bravo\n' } };
const tree = {
  'proj/src/main.sh': { content: 'echo main\n' },
  'proj/src/util.sh': { content: 'echo util\n' },
  'proj/README.md': { content: '# proj\n' },
  'proj/docs': { type: 'directory' as const },
};

const s = scenarioMaker('files');

export const fileCommandScenarios: BashScenario[] = [
  // cp
  s('cp-new-file', 'cp to a new name.', 'cp a.txt c.txt\ncat c.txt\n', two),
  s('cp-onto-existing', 'cp onto an existing file replaces it.', 'cp a.txt b.txt\ncat b.txt\n', two),
  s('cp-into-directory', 'cp into a directory keeps the name.', 'mkdir d\ncp a.txt b.txt d\nls d\n', two),
  s('cp-verbose', 'cp -v prints each copy.', 'mkdir d\ncp -v a.txt d/\ncp -v a.txt b.txt d\n', two),
  s('cp-recursive', 'cp -r copies a tree.', 'cp -r proj copy\nfind copy | sort\n', tree),
  s(
    'cp-no-clobber',
    'cp -n leaves an existing target alone.',
    'cp -n a.txt b.txt\necho $?\ncat b.txt\n',
    two,
  ),
  s(
    'cp-interactive-no',
    'cp -i answered n keeps the target.',
    'echo n | cp -i a.txt b.txt\necho\ncat b.txt\n',
    two,
  ),
  s(
    'cp-interactive-yes',
    'cp -i answered y replaces it.',
    'echo y | cp -i a.txt b.txt\necho\ncat b.txt\n',
    two,
  ),
  s('cp-force', 'cp -f onto an existing file.', 'cp -f a.txt b.txt\ncat b.txt\n', two),
  s(
    'cp-preserves-content-mode',
    'cp keeps the mode bits of an executable.',
    'chmod 755 a.txt\ncp a.txt x\nstat -c "%a %n" x\n',
    two,
  ),
  s(
    'cp-into-subdir-path',
    'cp to dir/newname.',
    'mkdir d\ncp a.txt d/renamed.txt\nls d\ncat d/renamed.txt\n',
    two,
  ),
  s(
    'cp-recursive-into-existing',
    'cp -r into an existing directory nests it.',
    'mkdir dest\ncp -r proj dest\nfind dest | sort\n',
    tree,
  ),
  s(
    'cp-dot-files-tree',
    'cp -r copies hidden files.',
    'mkdir src\necho h > src/.hidden\ncp -r src dst\nls -A dst\n',
  ),
  s('cp-r-verbose', 'cp -rv lists every copied path.', 'cp -rv proj/src s2 | sort\n', tree),
  // mv
  s('mv-rename', 'mv renames a file.', 'mv a.txt c.txt\nls\n', two),
  s('mv-onto-existing', 'mv onto an existing file replaces it.', 'mv a.txt b.txt\nls\ncat b.txt\n', two),
  s('mv-into-directory', 'mv several files into a directory.', 'mkdir d\nmv a.txt b.txt d\nls\nls d\n', two),
  s('mv-verbose', 'mv -v prints renamed lines.', 'mkdir d\nmv -v a.txt d\nmv -v b.txt c.txt\n', two),
  s('mv-no-clobber', 'mv -n keeps the target.', 'mv -n a.txt b.txt\nls\ncat b.txt\n', two),
  s('mv-interactive-no', 'mv -i answered n.', 'echo n | mv -i a.txt b.txt\necho\nls\n', two),
  s('mv-directory', 'mv renames a directory.', 'mv proj project\nls\nls project\n', tree),
  s(
    'mv-directory-into-directory',
    'mv a directory into another one.',
    'mkdir archive\nmv proj archive\nfind archive -maxdepth 2 | sort\n',
    tree,
  ),
  s('mv-force', 'mv -f onto an existing file.', 'mv -f b.txt a.txt\ncat a.txt\nls\n', two),
  // rm
  s('rm-file', 'rm removes a file silently.', 'rm a.txt\nls\n', two),
  s('rm-several', 'rm of several files and a glob.', 'touch x1 x2 x3\nrm x1 x2\nrm x*\nls\n', two),
  s('rm-verbose', 'rm -v says removed.', 'rm -v a.txt b.txt\n', two),
  s('rm-recursive', 'rm -r removes a tree.', 'rm -r proj\nls\necho $?\n', tree),
  s('rm-rv', 'rm -rv reports every file and directory.', 'rm -rv proj/src | sort\n', tree),
  s('rm-force-missing', 'rm -f of a missing file is silent.', 'rm -f nope\necho $?\n'),
  s('rm-empty-dir', 'rm -d removes an empty directory.', 'mkdir e\nrm -d e\nls\necho $?\n'),
  s('rm-d-verbose', 'rm -dv of an empty directory.', 'mkdir e\nrm -dv e\n'),
  s(
    'rm-interactive',
    'rm -i answered y and n.',
    'echo y | rm -i a.txt\necho\necho n | rm -i b.txt\necho\nls\n',
    two,
  ),
  s('rm-rf-tree', 'rm -rf of a tree and of nothing.', 'rm -rf proj nothing\necho $?\nls\n', tree),
  // mkdir
  s('mkdir-simple', 'mkdir of two directories.', 'mkdir a b\nls\n'),
  s(
    'mkdir-parents',
    'mkdir -p creates the chain.',
    'mkdir -p a/b/c\nfind a | sort\nmkdir -p a/b/c\necho $?\n',
  ),
  s('mkdir-pv', 'mkdir -pv reports every directory created.', 'mkdir -pv a/b/c\nmkdir -pv a/b/d\n'),
  s('mkdir-verbose', 'mkdir -v of one directory.', 'mkdir -v notes\n'),
  s(
    'mkdir-mode',
    'mkdir -m 700.',
    'mkdir -m 700 secret\nstat -c "%a %n" secret\nmkdir -m=rwx,go= s2\nstat -c "%a" s2\n',
  ),
  s('mkdir-braces', 'mkdir -p with brace expansion.', 'mkdir -p app/{src,test,docs}\nls app\n'),
  s('mkdir-p-existing-chain', 'mkdir -p over part of an existing path.', 'mkdir -pv proj/src/lib\n', tree),
  // touch
  s('touch-create', 'touch creates empty files.', 'touch x y\nls\nwc -c x\n'),
  s('touch-existing', 'touch of an existing file keeps its content.', 'touch a.txt\ncat a.txt\n', two),
  s('touch-no-create', 'touch -c does not create.', 'touch -c ghost\necho $?\nls\n'),
  s('touch-in-subdir', 'touch of a file in an existing directory.', 'mkdir d\ntouch d/f\nls d\n'),
  // ls
  s('ls-p', 'ls -p marks directories with /.', 'ls -p\nls -p proj\n', tree),
  s(
    'ls-F',
    'ls -F marks directories and executables.',
    'chmod +x proj/src/main.sh\nls -F proj/src\nls -F proj\n',
    tree,
  ),
  s('ls-one-dir', 'ls of a directory and of two directories.', 'ls proj\nls proj proj/src\n', tree),
  s('ls-file-operands', 'ls of file operands prints them first.', 'ls proj/README.md proj/src\n', tree),
  s('ls-recursive', 'ls -R lists subdirectories.', 'ls -R proj\n', tree),
  s('ls-d-glob', 'ls -d */ lists directories only.', 'touch file\nls -d */\necho */\n', tree),
  s('ls-reverse', 'ls -r reverses the order.', 'ls -r proj\n', tree),
  s('ls-1-and-a', 'ls -1a in a directory with dot files.', 'cd proj\ntouch .env\nls -1a\n', tree),
  // stat
  s('stat-directory-format', 'stat -c of a directory.', 'mkdir d\nstat -c "%n %F %a" d\n'),
  s(
    'stat-empty-file',
    'stat -c %F of an empty and a non-empty file.',
    'touch e\nstat -c "%n: %F, %s bytes" e a.txt\n',
    two,
  ),
  s(
    'stat-size-and-mode',
    'stat -c %s %a %A of files.',
    'stat -c "%s %a %A %n" a.txt\nchmod 640 a.txt\nstat -c "%a %A" a.txt\n',
    two,
  ),
  s('stat-printf', 'stat --printf without a newline.', 'stat --printf="%n=%s\\n" a.txt b.txt\n', two),
  s('stat-format-long', 'stat --format of a symlink.', 'ln -s a.txt link\nstat -c "%N %F" link\n', two),
  // ln
  s(
    'ln-symlink',
    'ln -s and readlink.',
    'ln -s a.txt link\nreadlink link\ncat link\nls -l link | cut -c1-10\nls -l link | grep -o "link -> .*"\n',
    two,
  ),
  s(
    'ln-hard',
    'ln makes a hard link with the same content.',
    'ln a.txt hard\ncat hard\necho more >> hard\ncat a.txt\n',
    two,
  ),
  s('ln-sf-replace', 'ln -sf replaces a link.', 'ln -s a.txt link\nln -sf b.txt link\ncat link\n', two),
  // find
  s('find-all', 'find . lists everything (sorted).', 'find proj | sort\n', tree),
  s('find-name', 'find -name with a glob.', 'find proj -name "*.sh" | sort\n', tree),
  s('find-type', 'find -type d and -type f.', 'find proj -type d | sort\nfind proj -type f | sort\n', tree),
  s('find-maxdepth', 'find -maxdepth 1.', 'find proj -maxdepth 1 | sort\n', tree),
  s('find-exec', 'find -exec cat {} \\;.', 'find proj/src -name "*.sh" -exec cat {} \\; | sort\n', tree),
  s('find-missing', 'find of a missing path.', 'find nope\necho $?\n'),
  s(
    'find-empty',
    'find -empty finds empty files and directories.',
    'touch proj/empty\nfind proj -empty | sort\n',
    tree,
  ),
  // basename / dirname
  s(
    'basename-forms',
    'basename of paths, a suffix and /.',
    'basename /usr/bin/sort\nbasename include/stdio.h .h\nbasename /\nbasename dir/\nbasename //\n',
  ),
  s('basename-multiple', 'basename -a and -s.', 'basename -a /a/b /c/d\nbasename -s .txt a.txt dir/b.txt\n'),
  s(
    'basename-suffix-whole',
    'basename where the suffix is the whole name.',
    'basename .txt .txt\nbasename a.txt.txt .txt\n',
  ),
  s(
    'dirname-forms',
    'dirname of paths and /.',
    'dirname /usr/bin/sort\ndirname file.txt\ndirname /\ndirname dir/sub/\ndirname //x\ndirname a b/c\n',
  ),
  s(
    'basename-dirname-in-script',
    'basename and dirname of $PWD-based paths.',
    'f=~/docs/report.txt\necho "$(basename "$f" .txt) in $(dirname "$f")"\n',
  ),
  // chmod
  s(
    'chmod-symbolic-combos',
    'chmod u+x,go-w and a=r.',
    'chmod u+x,go-w a.txt\nstat -c %a a.txt\nchmod a=r b.txt\nstat -c %a b.txt\n',
    two,
  ),
  s('chmod-verbose', 'chmod -v and -c.', 'chmod -v 600 a.txt\nchmod -c 600 a.txt\nchmod -c 644 a.txt\n', two),
];
