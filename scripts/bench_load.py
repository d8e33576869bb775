"""Simulated patient conversations sent over the REST channel, and their timings.

Message texts are training examples (data/nlu/): a greeting, three to six education
questions from different topics, then thanks. A returning patient's session joins several
such conversations under one sender, as someone who comes back to the chat the same evening. Texts that the safety patterns read as a red
flag, a crisis or a request for a check are left out: they open a screening form in this
assistant but not in the baseline, so the two would no longer answer the same kind of turn.
"""
from __future__ import annotations

import asyncio
import math
import random
import statistics
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from ruamel.yaml import YAML

from components.safety_patterns import assess, normalise

ROOT = Path(__file__).resolve().parent.parent
REQUEST_TIMEOUT_SECONDS = 120
# Turn windows (1-based, inclusive) of the long conversation.
WINDOWS = [(1, 10), (50, 60), (100, 110), (150, 160), (200, 210), (250, 260), (290, 300)]


def _examples(path: Path) -> dict[str, list[str]]:
    by_intent = {}
    for block in YAML(typ="safe").load(path.read_text())["nlu"]:
        if "intent" in block:
            lines = (line.strip() for line in block["examples"].splitlines())
            by_intent[block["intent"]] = [line[2:].strip() for line in lines if line.startswith("- ")]
    return by_intent


def _harmless(text: str) -> bool:
    found = assess(normalise(text.split()))
    return not (found.red_flags or found.crisis or found.check)


@dataclass
class Texts:
    greetings: list[str]
    thanks: list[str]
    questions: dict[str, list[str]]  # topic -> phrasings

    @classmethod
    def load(cls) -> "Texts":
        smalltalk = _examples(ROOT / "data" / "nlu" / "smalltalk.yml")
        questions = {}
        for path in sorted((ROOT / "data" / "nlu" / "faq").glob("*.yml")):
            for topic, examples in _examples(path).items():
                kept = [text for text in examples if _harmless(text)]
                if kept:
                    questions[topic] = kept
        return cls(smalltalk["greet"], smalltalk["thank"], questions)

    def conversation(self, rng: random.Random) -> list[str]:
        topics = rng.sample(sorted(self.questions), rng.randint(3, 6))
        return [rng.choice(self.greetings), *(rng.choice(self.questions[t]) for t in topics), rng.choice(self.thanks)]

    def session(self, rng: random.Random, turns: int) -> list[str]:
        script: list[str] = []
        while len(script) < turns:
            script.extend(self.conversation(rng))
        return script[:turns]


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass
class Client:
    url: str
    session: aiohttp.ClientSession
    errors: list[str] = field(default_factory=list)

    async def send(self, sender: str, text: str) -> float:
        """Sends one message and returns the time to the reply in ms (a failure counts as
        an error and its time is still returned)."""
        start = time.perf_counter()
        try:
            async with self.session.post(f"{self.url}/webhooks/rest/webhook",
                                         json={"sender": sender, "message": text}) as response:
                body = await response.json(content_type=None)
                if response.status != 200 or not body:
                    self.errors.append(f"HTTP {response.status}: {str(body)[:120]}")
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            self.errors.append(repr(error))
        return (time.perf_counter() - start) * 1000


def _session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS),
                                 connector=aiohttp.TCPConnector(limit=0))


async def _warm_up(url: str, texts: Texts, rng: random.Random, conversations: int) -> None:
    async with _session() as session:
        client = Client(url, session)
        for _ in range(conversations):
            sender = f"bench-warmup-{uuid.uuid4().hex}"
            for text in texts.conversation(rng):
                await client.send(sender, text)


async def _level(url: str, texts: Texts, rng: random.Random, concurrency: int, messages: int,
                 seconds: float, turns: int | None = None) -> dict:
    """`concurrency` conversations at a time, each sending its next message as soon as the
    previous one is answered; a finished conversation is replaced by a new one. Stops
    starting messages after `messages` messages or `seconds`, whichever comes first.
    Conversations are the short ones, or sessions of `turns` messages when given.
    The conversations are drawn before the clock starts, so both servers get the same ones."""
    scripts: list[list[str]] = []
    while sum(map(len, scripts)) < messages + concurrency * (turns or 8):
        scripts.append(texts.session(rng, turns) if turns else texts.conversation(rng))
    scripts.reverse()
    latencies: list[float] = []
    started = 0
    async with _session() as session:
        client = Client(url, session)
        begin = time.perf_counter()
        deadline = begin + seconds

        async def patient() -> None:
            nonlocal started
            while scripts:
                sender = f"bench-{uuid.uuid4().hex}"
                for text in scripts.pop():
                    if started >= messages or time.perf_counter() >= deadline:
                        return
                    started += 1
                    latencies.append(await client.send(sender, text))

        await asyncio.gather(*(patient() for _ in range(concurrency)))
        elapsed = time.perf_counter() - begin
    return {
        "concurrency": concurrency,
        "turns": turns,
        "messages": len(latencies),
        "seconds": round(elapsed, 2),
        "p50_ms": round(percentile(latencies, 0.50), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
        "throughput": round(len(latencies) / elapsed, 2),
        "errors": len(client.errors),
        "error_examples": client.errors[:3],
    }


async def _long_conversation(url: str, texts: Texts, rng: random.Random, turns: int) -> dict:
    """One patient sending `turns` messages in one conversation: greeting, questions and
    thanks repeating, as someone coming back to the chat over a long session."""
    script = texts.session(rng, turns)
    sender = f"bench-long-{uuid.uuid4().hex}"
    async with _session() as session:
        client = Client(url, session)
        latencies = [await client.send(sender, text) for text in script]
    windows = {
        f"{first}-{last}": round(statistics.median(latencies[first - 1:last]), 1)
        for first, last in WINDOWS if last <= turns
    }
    medians = list(windows.values())
    return {
        "turns": turns,
        "windows_ms": windows,
        "last_to_first": round(medians[-1] / medians[0], 2),
        "errors": len(client.errors),
        "error_examples": client.errors[:3],
    }


def warm_up(url: str, conversations: int, seed: int) -> None:
    """The first messages load the NLU pipeline and fill caches; they are not measured."""
    asyncio.run(_warm_up(url, Texts.load(), random.Random(seed + 1), conversations))


def run_load(url: str, levels: list[int], messages: int, seconds: float, turns: int, seed: int,
             session_turns: int = 0) -> dict:
    """The concurrency levels with short conversations; then, with `session_turns`, the
    highest level again with every patient sending that many messages (each session runs to
    its end, within three times the time limit); then the one long conversation."""
    texts = Texts.load()
    rng = random.Random(seed)
    results = {"levels": [asyncio.run(_level(url, texts, rng, level, messages, seconds)) for level in levels]}
    if session_turns:
        top = max(levels)
        results["sessions"] = asyncio.run(_level(url, texts, rng, top, top * session_turns, 3 * seconds, session_turns))
    results["long"] = asyncio.run(_long_conversation(url, texts, rng, turns))
    return results
