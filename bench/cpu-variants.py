#!/usr/bin/env python3
"""CPU-seconds per page of whole extractions run with different JVM settings or jars, side by side, and whether their
outputs are the same byte for byte (run.json and run.csv, which hold timings, left out; an XLSX compared entry by
entry but for the time it was written).

usage: bench/cpu-variants.py [--jar JAR] [--rounds N] [--in-process] [--jobs N] --variant NAME=[JAR:]OPTIONS ...
       PATH...
       PATH: PDFs or folders of them (recursed). OPTIONS: JVM options given to every JVM of the run through
       JAVA_TOOL_OPTIONS (a worker's own command line wins where they clash); JAR: another jar for this variant.

Each round runs every variant once, in turn, on the same files (one extract, --isolate --jobs 1 as a batch is read
unless --in-process); CPU is user+sys of the extract and every JVM it started (getrusage of the children). The
figure printed per variant is its median over the rounds; the first variant's first output is the reference every
other output is compared with. Run it under `nice` on a shared machine: only variants of one run compare.
"""
import argparse, filecmp, glob, os, resource, shutil, statistics, subprocess, tempfile, json, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMED = {'run.json', 'run.csv'}


def inputs(paths):
    out = []
    for p in paths:
        out += sorted(glob.glob(os.path.join(p, '**', '*.pdf'), recursive=True)) if os.path.isdir(p) else [p]
    return out


def outputs(folder):
    found = {}
    for dirpath, _, files in os.walk(folder):
        for f in files:
            rel = os.path.relpath(os.path.join(dirpath, f), folder)
            if f not in TIMED:
                found[rel] = os.path.join(dirpath, f)
    return found


def same(a, b):
    """Byte for byte; an XLSX entry by entry but for docProps/core.xml, which holds the time it was written."""
    if filecmp.cmp(a, b, shallow=False):
        return True
    if not a.endswith('.xlsx'):
        return False
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        names = [n for n in za.namelist() if n != 'docProps/core.xml']
        return names == [n for n in zb.namelist() if n != 'docProps/core.xml'] \
            and all(za.read(n) == zb.read(n) for n in names)


def differing(ref, out):
    a, b = outputs(ref), outputs(out)
    diff = sorted(set(a) ^ set(b))
    diff += sorted(k for k in set(a) & set(b) if not same(a[k], b[k]))
    return diff


def extract(jar, options, pdfs, in_process, jobs, keep):
    tmp = tempfile.mkdtemp(prefix='cpu-variants-')
    src = os.path.join(tmp, 'in')
    os.makedirs(src)
    # the inputs' own names when they are unique, so that score.py can match the outputs through a set's manifest
    unique = len({os.path.basename(p) for p in pdfs}) == len(pdfs)
    for i, p in enumerate(pdfs):
        os.symlink(os.path.abspath(p), os.path.join(src, os.path.basename(p) if unique else '%03d.pdf' % i))
    env = dict(os.environ)
    if options:
        env['JAVA_TOOL_OPTIONS'] = (env.get('JAVA_TOOL_OPTIONS', '') + ' ' + options).strip()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = ['java', '-jar', jar, 'extract', src, '-o', keep]
    if jobs is not None:
        command += ['--quiet', '--no-xlsx', '--no-isolate' if in_process else '--isolate', '--jobs', str(jobs),
                    '--timeout', '1800']
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(tmp)
    report = json.load(open(os.path.join(keep, 'run.json')))
    pages = sum(i['pages'] or 0 for i in report['inputs'])
    return pages, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime


def main():
    a = argparse.ArgumentParser()
    a.add_argument('paths', nargs='+')
    a.add_argument('--jar', default=os.path.join(ROOT, 'target/perfdecl.jar'))
    a.add_argument('--variant', action='append', required=True)
    a.add_argument('--rounds', type=int, default=1)
    a.add_argument('--jobs', type=int, default=1)
    a.add_argument('--in-process', action='store_true')
    a.add_argument('--plain', action='store_true',
                   help='run `extract DIR -o OUT` with the tool\'s defaults (its own isolation, jobs and XLSX), as a '
                        'user does, instead of --isolate --jobs N')
    a.add_argument('--alternate', action='store_true',
                   help='every other round runs the variants in reverse order (a shared machine\'s load drifts)')
    a.add_argument('--keep', help='folder to keep the outputs in (default: a temporary one)')
    args = a.parse_args()
    pdfs = inputs(args.paths)
    variants = []
    for v in args.variant:
        name, _, rest = v.partition('=')
        jar = args.jar
        if rest.endswith('.jar') or '.jar:' in rest:
            jar, _, rest = rest.partition('.jar')
            jar += '.jar'
            rest = rest.lstrip(':')
        variants.append((name, jar, rest))
    keep = args.keep or tempfile.mkdtemp(prefix='cpu-variants-out-')
    cpu = {n: [] for n, _, _ in variants}
    pages, ref, diffs = 0, None, {n: set() for n, _, _ in variants}
    for r in range(args.rounds):
        for name, jar, options in (variants[::-1] if args.alternate and r % 2 else variants):
            out = os.path.join(keep, '%s-%d' % (name, r))
            shutil.rmtree(out, ignore_errors=True)
            pages, user, system = extract(jar, options, pdfs, args.in_process, None if args.plain else args.jobs,
                                          out)
            cpu[name].append(user + system)
            if ref is None:
                ref = out
            else:
                diffs[name].update(differing(ref, out))
            print('round %d %s: %d pages, user %.1f s, sys %.1f s, %.3f CPU-s/page, %d files differ from %s'
                  % (r, name, pages, user, system, (user + system) / max(pages, 1), len(differing(ref, out)),
                     os.path.basename(ref)), flush=True)
    print('%d files, %d pages, %d round(s)' % (len(pdfs), pages, args.rounds))
    print('| variant | JVM options | CPU s/page (median) | runs | outputs differing from the first |')
    print('|---|---|---|---|---|')
    for name, jar, options in variants:
        print('| %s | %s | %.3f | %s | %s |' % (name, (os.path.basename(jar) + ' ' + options).strip(),
                                             statistics.median(cpu[name]) / max(pages, 1),
                                             ' '.join('%.1f' % c for c in cpu[name]),
                                             ', '.join(sorted(diffs[name])) or 'none'))


if __name__ == '__main__':
    main()
