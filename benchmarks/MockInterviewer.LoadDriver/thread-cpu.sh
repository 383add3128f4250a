#!/bin/bash
# The server's CPU by thread over exactly the measured phase of an offline, relay or capacity run:
#   benchmarks/MockInterviewer.LoadDriver/thread-cpu.sh offline [driver options...]
# prints the driver's table's key rows, then the CPU seconds of each thread name (".NET TP Worker" is the thread pool,
# "Background N" the interviewer's work, "Store writer" the database's one writer) and the minor page faults.
# Reads /proc/PID/task/*/stat when the driver prints "measured: ... pid N" and again at "measured: done": meant for
# full-size runs (the kernel counts CPU in 10 ms ticks, and a --quick phase lasts a fraction of a second).
set -euo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp)
trap 'rm -f "$log" "$log".*' EXIT
dotnet run -c Release --no-build --project benchmarks/MockInterviewer.LoadDriver -- "$@" >"$log.md" 2>"$log" &
driver=$!
snapshot() { cat /proc/"$1"/task/*/stat 2>/dev/null || true; }
state=start
pid=
while kill -0 "$driver" 2>/dev/null; do
  if [ $state = start ] && grep -q "^measured: .*, pid" "$log"; then
    pid=$(grep "^measured: .*, pid" "$log" | head -1 | sed 's/.*pid //')
    snapshot "$pid" >"$log.before"
    state=measuring
  fi
  if [ $state = measuring ] && grep -q "measured: done" "$log"; then
    snapshot "$pid" >"$log.after"
    state=done
  fi
  sleep 0.05
done
grep -E "answers \||p50|p99|CPU per" "$log.md" || true
[ $state = done ] || { echo "the measured phase was not seen (see the driver's output)"; exit 1; }
python3 - "$log.before" "$log.after" <<'PY'
import collections, sys

def threads(path):
    seen = {}
    for line in open(path):
        tid, name = line.split(' (')[0], line[line.index('(') + 1:line.rindex(')')]
        fields = line[line.rindex(')') + 2:].split()
        seen[tid] = (name, int(fields[11]) + int(fields[12]), int(fields[7]))  # utime + stime, minflt
    return seen

before, after = threads(sys.argv[1]), threads(sys.argv[2])
cpu, faults = collections.Counter(), 0
for tid, (name, ticks, minflt) in after.items():
    _, ticks0, minflt0 = before.get(tid, (name, 0, 0))
    cpu[name] += ticks - ticks0
    faults += minflt - minflt0
total = sum(cpu.values())
for name, ticks in cpu.most_common():
    if ticks > 0:
        print(f"  {name:18} {ticks / 100:6.2f} s  {100 * ticks / total:5.1f} %")
print(f"  total {total / 100:.2f} s of CPU; {faults} minor page faults")
PY
