#!/usr/bin/env python3
"""Times a save until `serve` serves it: appends a line to SOURCE, then asks for URL over one kept-alive connection
until the page holds the line; prints each save's milliseconds and the wall-clock time of the write (to set against
serve --verbose's "first change seen at" line), then the median.

    python3 bench/save-latency.py URL SOURCE [SAVES=7] [MODE=append|rename]

MODE rename writes the new text to a file beside SOURCE and renames it over SOURCE, as vim and many editors save.
"""
import datetime, http.client, os, statistics, sys, time, urllib.parse

url, source = sys.argv[1], sys.argv[2]
saves = int(sys.argv[3]) if len(sys.argv) > 3 else 7
mode = sys.argv[4] if len(sys.argv) > 4 else "append"
parts = urllib.parse.urlsplit(url)
connection = http.client.HTTPConnection(parts.hostname, parts.port)

def page():
    connection.request("GET", parts.path)
    return connection.getresponse().read().decode()

times = []
for save in range(saves):
    marker = f"SaveLatency{time.time_ns()}"
    time.sleep(1.5)  # past serve's collection after a rebuild, as an author's saves are
    written = datetime.datetime.now().strftime("%H:%M:%S.%f")[:-3]
    start = time.perf_counter()
    if mode == "rename":
        with open(source) as f: text = f.read()
        with open(source + ".tmp-save", "w") as f: f.write(text + f"\n{marker} is new text.\n")
        os.replace(source + ".tmp-save", source)
    else:
        with open(source, "a") as f: f.write(f"\n{marker} is new text.\n")
    while marker not in page():
        time.sleep(0.002)
    elapsed = (time.perf_counter() - start) * 1000
    times.append(elapsed)
    print(f"save at {written}: served after {elapsed:.0f} ms", flush=True)
print(f"median {statistics.median(times):.0f} ms ({min(times):.0f}-{max(times):.0f}), {saves} saves, load {open('/proc/loadavg').read().split()[0]}")
