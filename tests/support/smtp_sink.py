#!/usr/bin/env python3
"""A tiny SMTP server for tests (aiosmtpd): every message received is written to DIR as a .eml file
(atomically: written to a .tmp name, then renamed). Prints "SMTP_SINK_READY <port>" once listening.
usage: smtp_sink.py DIR   (plain SMTP on 127.0.0.1, a free port; no STARTTLS)"""
import os
import socket
import sys
import time
import uuid

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory

    async def handle_DATA(self, server, session, envelope):
        name = f"{time.time_ns()}-{uuid.uuid4().hex}"
        tmp = os.path.join(self.directory, name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(("X-Rcpt-To: " + ",".join(envelope.rcpt_tos) + "\r\n").encode())
            f.write(envelope.original_content or envelope.content)
        os.rename(tmp, os.path.join(self.directory, name + ".eml"))
        return "250 OK"


def main():
    # aiosmtpd 1.4 cannot listen on port 0 (its start-up self-check connects to the port).
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Sink(sys.argv[1]), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"SMTP_SINK_READY {port}", flush=True)
    try:
        sys.stdin.read()  # until the test closes our stdin (or kills us)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
