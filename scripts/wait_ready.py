"""Wait until every URL given answers HTTP 200, or fail after a timeout."""
import sys
import time
import urllib.request

TIMEOUT_SECONDS = 240


def wait(urls: list[str], timeout: float = TIMEOUT_SECONDS) -> bool:
    deadline = time.monotonic() + timeout
    pending = list(urls)
    while pending and time.monotonic() < deadline:
        url = pending[0]
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    pending.pop(0)
                    continue
        except OSError:
            pass
        time.sleep(0.5)
    return not pending


if __name__ == "__main__":
    if not wait(sys.argv[1:]):
        sys.exit(f"Not ready after {TIMEOUT_SECONDS} s: {' '.join(sys.argv[1:])}")
