r"""The server with its SQLite file locked: while another connection holds the write lock (BEGIN EXCLUSIVE), N
SignalR clients (long polling, Python's standard library only) call StartSession, and GET /api/tracks and /healthz
are timed meanwhile. Prints their latencies, what the StartSession calls got back, and /readyz after the release.

    python3 benchmarks/storage/locked_store.py BASE_URL DATABASE_FILE CLIENTS HOLD_SECONDS [nolock]

e.g. against a server started with
    MockInterviewer__Storage__ConnectionString="Data Source=/tmp/m/interviews.db" ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/MockInterviewer.Server/bin/Debug/net10.0/MockInterviewer.Server.dll --urls http://127.0.0.1:5192
    python3 benchmarks/storage/locked_store.py http://127.0.0.1:5192 /tmp/m/interviews.db 50 15
"""
import json, sqlite3, sys, threading, time, urllib.request

base, db, clients, hold = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
RS = "\x1e"

def post(url, body=b"", ctype="text/plain"):
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": ctype})
    return urllib.request.urlopen(req, timeout=120).read()

def get(url, timeout=120):
    return urllib.request.urlopen(url, timeout=timeout).read()

results = []
def client(i):
    t0 = time.time()
    try:
        neg = json.loads(post(base + "/hubs/interview/negotiate?negotiateVersion=1"))
        url = base + "/hubs/interview?id=" + neg["connectionToken"]
        post(url, (json.dumps({"protocol": "json", "version": 1}) + RS).encode())
        get(url)  # handshake reply
        call = {"type": 1, "invocationId": "1", "target": "StartSession",
                "arguments": [{"mode": "interview", "language": "en", "track": "ml-junior", "questionCount": 2}]}
        post(url, (json.dumps(call) + RS).encode())
        while True:
            for frame in get(url).decode().split(RS):
                if not frame:
                    continue
                m = json.loads(frame)
                if m.get("type") == 3 and m.get("invocationId") == "1":
                    err = m.get("error")
                    results.append((time.time() - t0, "ok" if not err else err.split("HubException: ")[-1][:40]))
                    return
    except Exception as e:
        results.append((time.time() - t0, "client error: " + str(e)[:60]))

def timed(path):
    t = time.time()
    try:
        status = urllib.request.urlopen(base + path, timeout=120).status
    except urllib.error.HTTPError as e:
        status = e.code
    return time.time() - t, status

client(-1)  # warm-up: one session before the lock, so first-call costs are not measured
print("warm-up:", results.pop())
for path in ("/api/tracks", "/healthz"):
    timed(path)
nolock = len(sys.argv) > 5 and sys.argv[5] == "nolock"
lock = sqlite3.connect(db, timeout=0, isolation_level=None)
if not nolock: lock.execute("BEGIN EXCLUSIVE")
print("lock held")
threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
for t in threads: t.start()
time.sleep(1.0)
samples = []
end = time.time() + hold
while time.time() < end:
    samples.append(("tracks",) + timed("/api/tracks"))
    samples.append(("healthz",) + timed("/healthz"))
    time.sleep(0.2)
if not nolock: lock.execute("ROLLBACK")
lock.close()
print("lock released")
for t in threads: t.join(180)
for name in ("tracks", "healthz"):
    ms = sorted(s[1] * 1000 for s in samples if s[0] == name)
    print(f"{name}: n={len(ms)} p50={ms[len(ms)//2]:.0f} ms max={ms[-1]:.0f} ms statuses={sorted(set(s[2] for s in samples if s[0]==name))}")
outcomes = {}
for dt, r in results:
    outcomes.setdefault(r, []).append(dt)
for r, dts in outcomes.items():
    dts.sort()
    print(f"StartSession -> {r!r}: {len(dts)} calls, p50 {dts[len(dts)//2]:.2f} s, slowest {max(dts):.2f} s")
print(f"readyz after: {timed('/readyz')}")
