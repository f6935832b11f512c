#!/usr/bin/env python3
"""A tiny SMTP server for tests (aiosmtpd): every message received is written to DIR as a .eml file
(atomically: written to a .tmp name, then renamed). Prints "SMTP_SINK_READY <port>" once listening.

usage: smtp_sink.py DIR [--delay SEC] [--tls CERT KEY] [--auth USER:PASSWORD] [--refuse REPLY]
  --delay  answer each message only after SEC seconds (a slow mail server)
  --refuse answer each message, once all of it came, with REPLY (e.g. "554 5.7.1 refused"),
           keeping none
  --tls    offer STARTTLS with this certificate and key, and require it before MAIL FROM
  --auth   require AUTH (PLAIN or LOGIN, only over TLS) with these credentials
Listens on 127.0.0.1, on a free port or the one given with --port."""
import argparse
import asyncio
import os
import socket
import ssl
import sys
import time
import uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, directory, delay, refuse):
        self.directory = directory
        self.delay = delay
        self.refuse = refuse

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.refuse:
            return self.refuse
        name = f"{time.time_ns()}-{uuid.uuid4().hex}"
        tmp = os.path.join(self.directory, name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(("X-Rcpt-To: " + ",".join(envelope.rcpt_tos) + "\r\n").encode())
            if session.authenticated:
                f.write(b"X-Authenticated: yes\r\n")
            if session.ssl:
                f.write(b"X-Tls: yes\r\n")
            f.write(envelope.original_content or envelope.content)
        os.rename(tmp, os.path.join(self.directory, name + ".eml"))
        return "250 OK"


class Credentials:
    def __init__(self, user, password):
        self.user = user.encode()
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
            self.user, self.password)
        return AuthResult(success=ok, handled=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--auth")
    parser.add_argument("--refuse")
    parser.add_argument("--port", type=int, default=0, help="listen on this port (0: a free one)")
    args = parser.parse_args()

    options = {}
    if args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*args.tls)
        options.update(tls_context=context, require_starttls=True)
    if args.auth:
        user, password = args.auth.split(":", 1)
        options.update(authenticator=Credentials(user, password), auth_required=True, auth_require_tls=True)

    # aiosmtpd 1.4 cannot listen on port 0 (its start-up self-check connects to the port).
    port = args.port
    if port == 0:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
    controller = Controller(Sink(args.directory, args.delay, args.refuse), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print(f"SMTP_SINK_READY {port}", flush=True)
    try:
        sys.stdin.read()  # until the test closes our stdin (or kills us)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
