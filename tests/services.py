"""Real servers for the fault and deployment tests: PostgreSQL, Redis, gunicorn, nginx.

Each test starts its own (a PostgreSQL cluster in a temporary folder, a redis-server on a
free port), so it may stop, pause or restart them; the shared services are never touched.
A missing binary skips the test with the reason; CI installs them all.
"""

import atexit
import contextlib
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130 Safari/537.36"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check, timeout=30, what="the server"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if check():
                return
        time.sleep(0.1)
    raise TimeoutError(f"{what} did not start in {timeout} s")


def request(port, path, method="GET", headers=None, body=None, timeout=30):
    """One HTTP request on a new connection: (status, headers dict, body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers={"User-Agent": BROWSER, **(headers or {})})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def manage(env, *args):
    """A management command of the site under test; its stdout."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


# PostgreSQL -------------------------------------------------------------------------


def postgres_bin():
    """The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/N/bin)."""
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3])
    )
    found = versions[-1].parent if versions else None
    if found is None and shutil.which("initdb"):
        found = Path(shutil.which("initdb")).parent
    if found is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    return found


class PostgresCluster:
    """A throwaway cluster on a free port; run as the `postgres` user when we are root."""

    def __init__(self):
        self.bin = postgres_bin()
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="tinphuong-pg-"))
        self.data = self.dir / "data"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")

    def _run(self, *args, check=True):
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=check)

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def start(self):
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"),
                  "-w", "start")  # fmt: skip
        return self

    def restart(self):
        """A fast restart, as an upgrade or a crash recovery does: every session is cut."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-l", str(self.dir / "log"),
                  "-w", "restart")  # fmt: skip

    def stop(self):
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.dir, ignore_errors=True)

    def create_database(self, name):
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return urlunsplit(urlsplit(self.url)._replace(path=f"/{name}"))


@contextlib.contextmanager
def postgres_cluster():
    cluster = PostgresCluster()
    try:
        yield cluster.start()
    finally:
        cluster.stop()


# Redis --------------------------------------------------------------------------------


class RedisServer:
    """A redis-server of our own that keeps nothing on disk (as CI's), on a free port."""

    def __init__(self):
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            pytest.skip("redis-server is not installed")
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for(lambda: socket.create_connection(("127.0.0.1", self.port), 0.2).close() or True,
                 what="redis-server")  # fmt: skip
        return self

    def stop(self):
        """Gone, with everything it held."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait(timeout=10)

    def pause(self):
        """Hung: connections are accepted, nothing is answered (SIGSTOP)."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)


@contextlib.contextmanager
def redis_server():
    server = RedisServer()
    try:
        yield server.start()
    finally:
        server.stop()


# The site ---------------------------------------------------------------------------


@contextlib.contextmanager
def database_for_site(tmp_path):
    """A database of its own on the suite's kind: an SQLite file, or a new PostgreSQL
    database on the suite's server (dropped after)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'site.sqlite3'}"
        return
    import psycopg

    name = f"tp_site_{os.getpid()}_{secrets.token_hex(3)}"
    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_env(tmp_path, database_url, static_root, **extra):
    """The environment of a production site (DEBUG off), minus HTTPS redirects by default."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(40),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(tmp_path / "media"),
        CACHE_DIR=str(tmp_path / "cache"),  # without Redis: a file cache of its own
        CACHE_PREFIX=f"site-{secrets.token_hex(4)}",
        LOG_LEVEL="CRITICAL",
    )
    env.update(extra)
    return env


def migrate_with_an_article(env):
    """Migrate and write the cast's town (tests/cast.py) with one published article of
    Bắc Hồng's; (pk, url)."""
    manage(env, "migrate", "--noinput", "-v", "0")
    pk, url = json.loads(
        manage(
            env, "shell", "--no-imports", "-c",
            "import json; from tests import factories as f; from tests.cast import build_town; "
            "t = build_town(news=False); "
            "a = f.article(t.section, 'Hội nghị sơ kết sáu tháng'); a.areas.set([t.ward]); "
            "print(json.dumps([a.pk, a.get_absolute_url()]))",
        )
    )  # fmt: skip
    return pk, url


@contextlib.contextmanager
def gunicorn(env, workers=2, port=None):
    """`gunicorn config.wsgi` as the README deploys it (sync workers); its port."""
    port = port or free_port()
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "config.wsgi", "--no-control-socket", "--workers", str(workers),
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "--timeout", "60"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        wait_for(lambda: request(port, "/healthz", timeout=2)[0] > 0, what="gunicorn")
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


_static = {}


def collected_static():
    """collectstatic once per test process (DEBUG off pages need the manifest); its folder."""
    if "root" not in _static:
        root = Path(tempfile.mkdtemp(prefix="tinphuong-static-"))
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "0",
               "SECRET_KEY": "collectstatic-only", "STATIC_ROOT": str(root)}  # fmt: skip
        env.pop("REDIS_URL", None)
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        manage(env, "collectstatic", "--noinput", "-v", "0")
        _static["root"] = root
    return _static["root"]
