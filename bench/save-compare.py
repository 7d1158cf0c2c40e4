#!/usr/bin/env python3
"""Times saves on several running `serve`s at once, their saves alternating (so that each meets the same load on a shared
machine): for each, a line is appended to its SOURCE and its URL asked for over one kept-alive connection until the page
holds the line; then GAP seconds pass (default 1.5, past the collection serve may make a second after a rebuild) before
the next save. Prints each save's milliseconds and the serve process's CPU time over the whole cycle, from the save to
the next (the rebuild, the requests and any collection after it), then the medians and the load average's range.

    python3 bench/save-compare.py SAVES NAME=URL,SOURCE,PID [NAME=URL,SOURCE,PID ...]
    GAP=0.2 python3 bench/save-compare.py ...     saves closer together

Each serve serves its own copy of the guide; PID is the serve process (its dotnet process, not a shell around it).
"""
import http.client, os, statistics, sys, time, urllib.parse

saves = int(sys.argv[1])
gap = float(os.environ.get("GAP", "1.5"))
ticks = os.sysconf("SC_CLK_TCK")
servers = []
for argument in sys.argv[2:]:
    name, rest = argument.split("=", 1)
    url, source, pid = rest.split(",")
    parts = urllib.parse.urlsplit(url)
    servers.append(dict(name=name, path=parts.path, connection=http.client.HTTPConnection(parts.hostname, parts.port),
                        source=source, pid=pid, served=[], cpu=[]))

def cpu_ms(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / ticks

def page(server):
    server["connection"].request("GET", server["path"])
    return server["connection"].getresponse().read().decode()

loads = []
for save in range(saves):
    for server in servers:
        marker = f"SaveCompare{server['name']}{time.time_ns()}"
        cpu_before, start = cpu_ms(server["pid"]), time.perf_counter()
        with open(server["source"], "a") as f: f.write(f"\n{marker} is new text.\n")
        while marker not in page(server): time.sleep(0.002)
        server["served"].append((time.perf_counter() - start) * 1000)
        time.sleep(gap)
        server["cpu"].append(cpu_ms(server["pid"]) - cpu_before)
        loads.append(float(open("/proc/loadavg").read().split()[0]))
        print(f"{server['name']} save {save}: served after {server['served'][-1]:.0f} ms; CPU over the cycle {server['cpu'][-1]:.0f} ms; load {loads[-1]}", flush=True)
for server in servers:
    served, cpu = server["served"], server["cpu"]
    print(f"{server['name']}: save -> served median {statistics.median(served):.0f} ms ({min(served):.0f}-{max(served):.0f}); "
          f"CPU per save cycle median {statistics.median(cpu):.0f} ms ({min(cpu):.0f}-{max(cpu):.0f}); {len(served)} saves")
print(f"load average {min(loads)}-{max(loads)}")
