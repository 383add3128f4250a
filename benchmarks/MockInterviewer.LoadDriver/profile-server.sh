#!/bin/bash
# Profiles the server over exactly the measured phase of an offline, relay or capacity run:
#   benchmarks/MockInterviewer.LoadDriver/profile-server.sh OUT.data relay [driver options...]
# then: perf report -i OUT.data --no-children --sort sym
# The driver prints "measured: ... pid N" on stderr when the measured streams start and "measured: done" when they
# end; perf records the server (-g, 999 Hz) in between (the first step only: give capacity one --sessions N). The server runs with a perf map (JIT'd code by name) and
# without W^X double mapping (else perf sees JIT'd code as "memfd:doublemapper" and cannot name it).
set -euo pipefail
out=$1
shift
cd "$(dirname "$0")/../.."
log=$out.log
dotnet run -c Release --no-build --project benchmarks/MockInterviewer.LoadDriver -- "$@" \
  --env DOTNET_PerfMapEnabled=1 --env DOTNET_EnableWriteXorExecute=0 >"$out.md" 2>"$log" &
driver=$!
recorder=
while kill -0 "$driver" 2>/dev/null; do
  # perf gives up when one of the server's threads exits while it attaches ("No such process"): then it tries again.
  if [ -n "$recorder" ] && [ "$recorder" != done ] && ! kill -0 "$recorder" 2>/dev/null; then
    recorder=
  fi
  if [ -z "$recorder" ] && grep -q "^measured: .*, pid" "$log" && ! grep -q "measured: done" "$log"; then
    pid=$(grep "^measured: .*, pid" "$log" | grep -v "measured: done" | tail -1 | sed 's/.*pid //')
    perf record -F 999 -g -p "$pid" -o "$out" 2>"$out.perf.log" &
    recorder=$!
  fi
  if [ -n "$recorder" ] && [ "$recorder" != done ] && grep -q "measured: done" "$log"; then
    kill -INT "$recorder"
    wait "$recorder" || true
    recorder=done
  fi
  sleep 0.2
done
cat "$out.md"
