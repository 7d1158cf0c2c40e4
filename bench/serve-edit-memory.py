#!/usr/bin/env python3
"""Whether serve's memory grows over many edits: starts `spoilergen serve` on a guide, then saves text edits to a few pages
in turn (each save rewrites the page with one line changed, as an editor saves, so the page keeps its size), waiting after
each until the page served holds the new line. At the checkpoints (edit 0, 100, 500, 1000 by default) it reads serve's
resident memory (VmRSS) at once, and again after an idle pause long enough for serve's own collection after a rebuild
(BuildGarbage: a second after publishing, when resident memory has grown by a quarter since the last). Between checkpoints
the saves come GAP seconds apart (default 0.2): closer than an author saves, so that serve's idle collection runs only at
the checkpoints, the worst case for growth. IDLE (default 10 s) must outlast serve's collection: at a load of 50 one took
up to 8 s, and a 3 s pause read the memory before it ended.

    python3 bench/serve-edit-memory.py TOOL SITE [EDITS]            TOOL: spoilergen.dll or an executable; EDITS: 1000
    CHECKPOINTS=0,100,500,1000 GAP=0.2 IDLE=10 python3 bench/serve-edit-memory.py ...

Prints one line per checkpoint, the median save -> served time of each stretch, serve's collections (from --verbose)
and the load average's range. SITE is edited: use a copy of a generated guide.
"""
import glob, http.client, json, os, re, socket, statistics, subprocess, sys, time

tool, site = sys.argv[1], os.path.abspath(sys.argv[2])
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
checkpoints = sorted({int(c) for c in os.environ.get("CHECKPOINTS", "0,100,500,1000").split(",") if int(c) <= edits} | {0, edits})
gap, idle = float(os.environ.get("GAP", "0.2")), float(os.environ.get("IDLE", "10"))

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def status_mb(pid, field):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field + ":"): return int(line.split()[1]) // 1024
    return -1

def load():
    return float(open("/proc/loadavg").read().split()[0])

port = free_port()
command = (["dotnet", tool] if tool.endswith(".dll") else [tool]) + ["serve", site, "--port", str(port), "--verbose"]
log_path = os.path.join(os.path.dirname(site), os.path.basename(site) + ".serve.log")
log = open(log_path, "w")
serve = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
try:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)

    def get(path):
        global connection
        for _ in range(2):
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                return response.status, response.read().decode("utf-8", "replace")
            except (ConnectionError, http.client.HTTPException, OSError):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
                time.sleep(0.05)
        return 0, ""

    started = time.time()
    base = None
    while base is None:
        if serve.poll() is not None: sys.exit(f"bench: serve ended:\n{open(log_path).read()}")
        match = re.search(r"^Serving at http://[^/]+(/.*?)/?$", open(log_path).read(), re.M)
        if match: base = match.group(1).rstrip("/")
        else: time.sleep(0.05)
    while get(base + "/levels.json")[0] != 200: time.sleep(0.05)
    tree = json.loads(get(base + "/levels.json")[1])[-1]["path"]
    # Pages every tree shows (no spoiler: line), so that each is served in the last tree.
    pages = [p for p in sorted(glob.glob(f"{site}/content/*/*.md")) if "_index" not in p and not re.search(r"^spoiler:", open(p).read(), re.M)][:5]
    urls = [f"{base}/{tree}{os.path.relpath(p, site + '/content')[:-3]}/" for p in pages]
    texts = [open(p).read() + "\nMemEdit start of this page.\n" for p in pages]
    for page, text in zip(pages, texts):
        with open(page, "w") as f: f.write(text)
    for url in urls:
        while "MemEdit start" not in get(url)[1]: time.sleep(0.05)
    print(f"serve answered after {time.time() - started:.1f} s; editing {len(pages)} pages in turn, {edits} edits; load {load()}", flush=True)

    served, loads, stretch = [], [], []
    def checkpoint(edit):
        now = status_mb(serve.pid, "VmRSS")
        time.sleep(idle)
        after = status_mb(serve.pid, "VmRSS")
        collections = open(log_path).read().count("gave the build's garbage back")
        median = f"save -> served median {statistics.median(stretch):.0f} ms over the last {len(stretch)}" if stretch else ""
        print(f"edit {edit}: resident {now} MB, {after} MB after {idle:g} s idle (peak so far {status_mb(serve.pid, 'VmHWM')} MB; "
              f"{collections} collections so far) {median}; load {load()}", flush=True)
        stretch.clear()

    checkpoint(0)
    for edit in range(1, edits + 1):
        index = edit % len(pages)
        marker = f"MemEdit{edit}x"
        with open(pages[index], "w") as f: f.write(texts[index].replace("MemEdit start", marker))
        start = time.perf_counter()
        while marker not in get(urls[index])[1]: time.sleep(0.002)
        served.append((time.perf_counter() - start) * 1000)
        stretch.append(served[-1])
        loads.append(load())
        if edit in checkpoints: checkpoint(edit)
        else: time.sleep(gap)
    print(f"save -> served over all {edits} edits: median {statistics.median(served):.0f} ms ({min(served):.0f}-{max(served):.0f}); "
          f"load average {min(loads)}-{max(loads)}")
finally:
    serve.terminate()
    serve.wait()
