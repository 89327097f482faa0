"""deploy/nginx.conf, as shipped, in front of gunicorn: slow clients no longer stall the site.

The test renders the shipped file with this machine's ports and paths (nothing else
changes, but a short proxy_read_timeout for the 504), runs Debian's nginx with it and
attacks the site as the audit did.
"""

import contextlib
import os
import re
import shutil
import socket
import ssl
import subprocess
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from tests.services import (
    ROOT,
    collected_static,
    database_for_site,
    free_port,
    gunicorn,
    migrate_with_an_article,
    production_env,
    wait_for,
)

pytestmark = pytest.mark.slow
HOST = "phuongbachong.gov.vn"
CONF = ROOT / "deploy" / "nginx.conf"


def render(conf, *, http, https, upstream, static, media, cert, key):
    """The shipped configuration with this machine's ports and paths."""
    replacements = [
        ("listen [::]:80;", ""),
        ("listen [::]:443 ssl http2;", ""),
        ("listen 80;", f"listen 127.0.0.1:{http};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https} ssl http2;"),
        ("server 127.0.0.1:8000", f"server 127.0.0.1:{upstream}"),
        (f"/etc/letsencrypt/live/{HOST}/fullchain.pem", str(cert)),
        (f"/etc/letsencrypt/live/{HOST}/privkey.pem", str(key)),
        ("/srv/tinphuong/staticfiles/", f"{static}/"),
        ("/srv/tinphuong/media/", f"{media}/"),
        ("/srv/tinphuong/deploy/", f"{ROOT / 'deploy'}/"),
        ("proxy_read_timeout 60s;", "proxy_read_timeout 2s;"),
    ]
    for old, new in replacements:
        assert old in conf, f"deploy/nginx.conf no longer has {old!r}"
        conf = conf.replace(old, new)
    return conf


@contextlib.contextmanager
def nginx(tmp_path, site_conf):
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        pytest.skip("nginx is not installed (apt-get install nginx)")
    (tmp_path / "site.conf").write_text(site_conf)
    user = "user root;" if os.geteuid() == 0 else ""  # workers read the test's temp files
    temp = " ".join(
        f"{kind}_temp_path {tmp_path / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (tmp_path / "nginx.conf").write_text(
        f"{user} daemon off; worker_processes 1; pid {tmp_path / 'nginx.pid'};\n"
        f"error_log {tmp_path / 'error.log'} warn;\n"
        "events { worker_connections 256; }\n"
        "http { include /etc/nginx/mime.types; default_type application/octet-stream;\n"
        f"access_log off; {temp}\ninclude {tmp_path / 'site.conf'}; }}\n"
    )
    process = subprocess.Popen([binary, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")])
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=10)


def self_signed(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", f"/CN={HOST}", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


TLS = ssl.create_default_context()
TLS.check_hostname = False
TLS.verify_mode = ssl.CERT_NONE


def raw(port, data, secure=True, timeout=10):
    """Send raw bytes, read the whole answer: (status, headers text, body bytes)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    if secure:
        sock = TLS.wrap_socket(sock, server_hostname=HOST)
    with sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, head.decode("latin-1"), body


def get(port, path, secure=True, headers="", timeout=10):
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nUser-Agent: Mozilla/5.0 Chrome/130\r\n"
        f"{headers}Connection: close\r\n\r\n"
    )
    return raw(port, request.encode(), secure, timeout)


class SlowClients:
    """The audit's attack: connections that send their request a byte at a time."""

    def __init__(self, port, count, secure):
        self.port, self.count, self.secure = port, count, secure
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self.dawdle, args=(n,)) for n in range(count)]

    def dawdle(self, n):
        with contextlib.suppress(OSError):
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=30)
            if self.secure:
                sock = TLS.wrap_socket(sock, server_hostname=HOST)
            if n % 2:  # slow headers…
                data = f"GET / HTTP/1.1\r\nHost: {HOST}\r\nX-Slow: ".encode() + b"a" * 100
            else:  # …or a slow body
                data = (
                    f"POST /admin/login/ HTTP/1.1\r\nHost: {HOST}\r\nContent-Length: 1000\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n\r\n"
                ).encode() + b"a" * 100
            with sock:
                for index in range(len(data)):
                    if self.stop.wait(0.02 if index < len(data) - 100 else 0.3):
                        return
                    sock.send(data[index : index + 1])

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        time.sleep(1.5)  # every slow client is connected and talking
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join()


def answers_quickly(check, rounds=6):
    """`rounds` requests, 0.3 s apart: [(status or None for no answer, seconds)]."""
    results = []
    for _ in range(rounds):
        start = time.monotonic()
        try:
            status = check()
        except OSError:  # a timeout: the site did not answer
            status = None
        results.append((status, round(time.monotonic() - start, 2)))
        time.sleep(0.3)
    return results


def test_nginx_in_front_keeps_the_site_answering_and_explains_refusals_in_vietnamese(tmp_path):
    static, media = collected_static(), tmp_path / "media"
    cert, key = self_signed(tmp_path)
    http, https, upstream = free_port(), free_port(), free_port()
    conf = render(CONF.read_text(), http=http, https=https, upstream=upstream,
                  static=static, media=media, cert=cert, key=key)  # fmt: skip
    with database_for_site(tmp_path) as database_url:
        env = production_env(
            tmp_path, database_url, static, ALLOWED_HOSTS=f"{HOST},127.0.0.1",
            TRUSTED_PROXY_COUNT="1", SECURE_SSL_REDIRECT="1", LOGIN_RATE_LIMIT="3",
        )  # fmt: skip
        _pk, article = migrate_with_an_article(env)
        (media / "photos").mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (40, 30), (200, 30, 30)).save(media / "photos" / "anh.png")
        with nginx(tmp_path, conf), gunicorn(env, port=upstream) as direct:
            wait_for(lambda: get(https, "/healthz")[0] == 200, what="nginx")

            # The slow-client attack stalls bare gunicorn (two sync workers)…
            with SlowClients(direct, 4, secure=False):
                bare = answers_quickly(
                    lambda: raw(direct, b"GET /healthz HTTP/1.0\r\n\r\n", False, 3)[0], rounds=2
                )
            assert all(status is None for status, _ in bare), bare
            # …but not the site behind nginx: forty slow clients, and it answers at once.
            with SlowClients(https, 40, secure=True):
                behind = answers_quickly(lambda: get(https, article, timeout=6)[0])
            assert all(status == 200 and seconds < 6 for status, seconds in behind), behind

            # HTTPS as Django sees it through the proxy: no redirect loop, HSTS sent.
            status, head, _ = get(https, "/")
            assert status == 200 and "Strict-Transport-Security" in head
            status, head, _ = get(http, "/tim-kiem/?q=dan+van", secure=False)
            assert status == 301
            assert f"Location: https://{HOST}/tim-kiem/?q=dan+van" in head

            # Static files and photos come from disk, with long cache lifetimes.
            status, head, _ = get(https, "/static/css/site.css")
            assert status == 200 and "immutable" in head
            status, head, _ = get(https, "/media/photos/anh.png")
            assert status == 200 and "immutable" in head and "max-age=31536000" in head

            # The client's own X-Forwarded-For changes nothing: sign-ins are throttled by
            # the address nginx saw (three, then 429).
            statuses = []
            for n in range(4):
                body = "username=admin&password=sai"
                statuses.append(raw(https, (
                    f"POST /admin/login/ HTTP/1.1\r\nHost: {HOST}\r\n"
                    f"X-Forwarded-For: 10.0.0.{n}\r\nContent-Length: {len(body)}\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n"
                    f"Connection: close\r\n\r\n{body}"
                ).encode())[0])  # fmt: skip
            assert statuses[-1] == 429 and 429 not in statuses[:3], statuses

            # Refusals nginx makes itself are Vietnamese pages.
            too_big = (
                f"POST /binh-luan/1/ HTTP/1.1\r\nHost: {HOST}\r\nContent-Length: {13 * 2**20}\r\n"
                "Connection: close\r\n\r\n"
            )
            status, _, body = raw(https, too_big.encode())
            assert status == 413 and "Tệp gửi lên quá lớn" in body.decode()
            status, _, body = get(https, "/tim-kiem/?q=" + "dang" * 3000)
            assert status == 414 and "Địa chỉ trang quá dài" in body.decode()

        # gunicorn is gone: 502, in Vietnamese; static files are still served.
        with nginx(tmp_path, conf):
            wait_for(lambda: get(https, "/static/css/site.css")[0] == 200, what="nginx")
            status, _, body = get(https, "/")
            assert status == 502 and "Hệ thống đang khởi động lại" in body.decode()
            # An app server that accepts and never answers: 504 after proxy_read_timeout.
            with socket.create_server(("127.0.0.1", upstream)) as hung:
                hung.listen(16)
                status, _, body = get(https, "/")
            assert status == 504 and "Hệ thống phản hồi chậm" in body.decode()
            assert re.search(r"<html lang=\"vi\">", body.decode())
