"""Article page throughput with visit counting on and off, same machine, same run.

    .venv/bin/python bench/counters.py                 # fresh SQLite file, database backend
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tp_bench \\
    REDIS_URL=redis://127.0.0.1:6379/9 .venv/bin/python bench/counters.py

Migrates a database of its own (SQLite: a temporary file), adds one article, then serves
it with gunicorn (2 sync workers, --no-control-socket) and loads it with `wrk` (Debian
package) or, without wrk, a small Python load generator. Every request sends a browser
user agent and a reader cookie never seen before: with counting on, each request is a
counted first view (the worst case: one write per request in database mode). "off" runs
the same server with COUNTERS_ENABLED=0. Off and on alternate; the best of each counts.
Not run in CI: a benchmark, not a test.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130 Safari/537.36"

# wrk: a fresh reader token on every request, so every request is a counted first view.
WRK_FRESH = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local n = 0
request = function()
  n = n + 1
  local token = string.format("{RUN}%02d%010d", id, n)
  return wrk.format("GET", nil, {["User-Agent"] = "{UA}", ["Cookie"] = "tp_reader=" .. token})
end
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
        capture_output=True, text=True,
    ).stdout  # fmt: skip


def serve(env, port):
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "config.wsgi", "--no-control-socket", "--workers", "2",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def load_wrk(url, seconds, connections, script):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-H", f"User-Agent: {BROWSER}"]
    if script:
        command += ["-s", script]
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, int(errors.group(1)) if errors else 0


def load_python(url, seconds, connections, fresh):
    import http.client
    import secrets
    import threading

    host, port = url.split("//")[1].split("/")[0].split(":")
    path = "/" + url.split("//")[1].split("/", 1)[1]
    done, counts = time.monotonic() + seconds, []

    def worker():
        conn, n = http.client.HTTPConnection(host, int(port)), 0
        while time.monotonic() < done:
            headers = {"User-Agent": BROWSER}
            if fresh:
                headers["Cookie"] = "tp_reader=" + secrets.token_urlsafe(18)
            conn.request("GET", path, headers=headers)
            conn.getresponse().read()
            n += 1
        counts.append(n)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / seconds, 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2, help="off/on pairs, interleaved")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="tp-bench-"))
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "0",
           "SECRET_KEY": "bench-only", "SECURE_SSL_REDIRECT": "0", "LOG_LEVEL": "ERROR",
           "COUNTERS_FLUSH_SECONDS": "5", "CACHE_PREFIX": f"bench-{os.getpid()}"}  # fmt: skip
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    pk, path = json.loads(
        manage(env, "shell", "--no-imports", "-c",
               "import json; from tests import factories as f; "
               "a = f.article(f.section('Công tác Đảng'), 'Đảng ủy phường Bắc Hồng tổ chức "
               "Hội nghị sơ kết công tác sáu tháng đầu năm'); "
               "print(json.dumps([a.pk, a.get_absolute_url()]))").strip().splitlines()[-1]
    )  # fmt: skip
    script = None
    if shutil.which("wrk"):
        script = workdir / "fresh.lua"
    for_run = 0
    backend = "redis" if env.get("REDIS_URL") else "database"
    results = {"off": [], "on": []}
    for _ in range(args.rounds):
        for mode in ("off", "on"):
            port = free_port()
            server = serve({**env, "COUNTERS_ENABLED": "1" if mode == "on" else "0"}, port)
            url = f"http://127.0.0.1:{port}{path}"
            if script:  # new reader tokens for every run: each request a first view
                for_run += 1
                lua = WRK_FRESH.replace("{UA}", BROWSER).replace(
                    "{RUN}", f"r{secrets.token_hex(4)}"
                )
                script.write_text(lua)
            try:
                urllib.request.urlopen(url).read()  # warm the caches
                if script:
                    rate, errors = load_wrk(url, args.seconds, args.connections, str(script))
                else:
                    rate, errors = load_python(url, args.seconds, args.connections, True)
            finally:
                server.terminate()
                server.wait()
            results[mode].append(rate)
            print(f"{backend:8} counting {mode:3}: {rate:8.1f} req/s  errors {errors}")
    off, on = max(results["off"]), max(results["on"])
    numbers = json.loads(manage(env, "counter_numbers", str(pk)).strip().splitlines()[-1])
    print(f"best off {off:.1f} req/s, best on {on:.1f} req/s: counting costs "
          f"{100 * (1 - on / off):.1f} %  ({numbers['views'][str(pk)]} views counted)")  # fmt: skip
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
