"""Serve the staff portal: `python -m clinic portal [--host H] [--port P]`.

waitress, a pure-Python production server, with 4 threads. It writes no access log, and
the portal logs at WARNING without patient details, so nothing about patients reaches
the console. For access from other machines, put an HTTPS reverse proxy in front and
pass its address with --trusted-proxy."""
from __future__ import annotations

import argparse
import logging
import sys

from waitress import serve

from clinic.portal.app import create_app
from clinic.settings import get_settings

THREADS = 4


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m clinic portal", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=get_settings().portal_port,
                        help="port to listen on (default PORTAL_PORT or 8000)")
    parser.add_argument("--trusted-proxy", metavar="ADDRESS",
                        help="address of the reverse proxy whose X-Forwarded-For/-Proto headers are believed")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    proxy = {}
    if args.trusted_proxy:
        # The client address matters: failed sign-ins are counted per address.
        proxy = dict(trusted_proxy=args.trusted_proxy, trusted_proxy_headers="x-forwarded-for x-forwarded-proto",
                     clear_untrusted_proxy_headers=True)
    print(f"Staff portal on http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    serve(create_app(), host=args.host, port=args.port, threads=THREADS, ident="clinic-portal", **proxy)
    return 0
