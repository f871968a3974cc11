#!/usr/bin/env python3
"""CPU-seconds of every thread of a command and the processes it starts, by thread name (JVM compiler, GC and
extraction threads apart), sampled from /proc/PID/task/*/stat every 0.2 s until the command ends (a thread that ends
between two samples loses its last 0.2 s). Linux only.

usage: bench/thread-cpu.py COMMAND...   e.g. bench/thread-cpu.py java -jar target/perfdecl.jar extract DIR -o OUT
"""
import os, subprocess, sys, time, collections, re
tck = os.sysconf('SC_CLK_TCK')
p = subprocess.Popen(sys.argv[1:])
last = {}
def pids(root):
    out = [root]
    try:
        for t in os.listdir('/proc/%d/task' % root):
            try:
                ch = open('/proc/%d/task/%s/children' % (root, t)).read().split()
                for c in ch: out += pids(int(c))
            except OSError: pass
    except OSError: pass
    return out
while p.poll() is None:
    for pid in pids(p.pid):
        try:
            for t in os.listdir('/proc/%d/task' % pid):
                try:
                    s = open('/proc/%d/task/%s/stat' % (pid, t)).read()
                except OSError: continue
                name = s[s.index('(')+1:s.rindex(')')]
                f = s[s.rindex(')')+2:].split()
                last[(pid, int(t))] = (name, (int(f[11]) + int(f[12])) / tck)
        except OSError: pass
    time.sleep(0.2)
agg = collections.Counter()
for (pid, t), (name, cpu) in last.items():
    agg[(pid, re.sub(r'\d+$', '#', name))] += cpu
tot = sum(agg.values())
for k, v in sorted(agg.items(), key=lambda kv: -kv[1]):
    if v > 0.05: print('%7d %-20s %7.2f' % (k[0], k[1], v))
print('total sampled %.2f' % tot, file=sys.stderr)
