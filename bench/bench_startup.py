"""Process start-up and memory.

1. Wall time of `factbot ask "How many containers?"` as a whole process (median of 5 after one
   run that seeds the default store; target < 1 s), twice:
   * installed: with bytecode cached, as a normal install runs (pip compiles every module at
     install and Python writes bytecode on first import by default). The figure the target is
     about. The cache goes to a private PYTHONPYCACHEPREFIX, written by the first (seeding) run,
     so the measure does not depend on what __pycache__ directories happen to exist, and
     PYTHONDONTWRITEBYTECODE (set on some machines) is dropped for it;
   * factbot's modules without bytecode: PYTHONDONTWRITEBYTECODE=1 on a source checkout with no
     __pycache__ (the dependencies' bytecode cached as installed), so factbot's own modules are
     compiled from source on every run: what a machine that sets PYTHONDONTWRITEBYTECODE sees,
     for comparison.
   Then whether any `telegram` module was imported (checked with `python -X importtime`: the CLI
   must not import telegram for ask), and the slowest imports, with bytecode cached.
2. Resident memory of one process answering 10,000 questions from 10,000 different conversation
   keys through Conversations(max_size=10000, ttl_seconds=1800): RSS at start, after 1,000 and
   after 10,000 (target < 100 MB and flat), and the Conversations length; then 5,000 more new keys
   (past max_size, so old ones are evicted) to show the plateau.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common as c  # noqa: I001

RUNS = 5
QUESTION = "How many containers?"


def _env(data_home: str, pycache: str, *, bytecode: bool) -> dict[str, str]:
    """The environment of a measured run: its own data directory, and its own bytecode cache,
    written (bytecode=True, as Python does by default) or neither written nor read."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("FACTBOT_DB", "TELEGRAM_BOT_TOKEN", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    env["XDG_DATA_HOME"] = data_home
    env["PYTHONPATH"] = os.pathsep.join([str(c.REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHONPYCACHEPREFIX"] = pycache
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _factbot() -> list[str]:
    exe = Path(sys.executable).parent / "factbot"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("factbot")
    return [found] if found else [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]


def _wall_times(cmd: list[str], env: dict[str, str]) -> tuple[float, list[float], str]:
    """Seconds of the first run (which seeds the store, and writes bytecode if env lets it), the
    RUNS runs after it, and the first run's output."""
    first = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    first = time.perf_counter() - first
    if out.returncode != 0:
        print(out.stderr)
        raise SystemExit(f"factbot ask failed with exit code {out.returncode}")
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        times.append(time.perf_counter() - started)
        assert run.returncode == 0, run.stderr
    return first, times, out.stdout


def startup() -> None:
    c.heading(f'`factbot ask "{QUESTION}"` as a whole process')
    with tempfile.TemporaryDirectory(prefix="factbot-startup-") as tmp:
        cmd = [*_factbot(), "ask", QUESTION]
        # Installed: the first run seeds the store and writes every module's bytecode.
        env = _env(f"{tmp}/installed", f"{tmp}/pycache", bytecode=True)
        first, times, stdout = _wall_times(cmd, env)
        med = c.median(times)
        c.line(f"installed (bytecode cached), median of {RUNS}", f"{med * 1000:.0f} ms", "< 1 s", c.verdict(med, 1.0))
        c.line("min / max", f"{min(times) * 1000:.0f} / {max(times) * 1000:.0f} ms")
        c.line("first run (seeds the store, writes bytecode)", f"{first * 1000:.0f} ms")
        c.line("answer printed", repr(stdout.strip().splitlines()[0][:90] if stdout.strip() else ""))
        # factbot's own modules compiled from source on every run: the same cache less the
        # repository's entries (the prefix mirrors each source directory's absolute path), and
        # nothing written back.
        shutil.copytree(f"{tmp}/pycache", f"{tmp}/pycache-deps")
        shutil.rmtree(Path(f"{tmp}/pycache-deps", *c.REPO.parts[1:]), ignore_errors=True)
        cold_env = _env(f"{tmp}/cold", f"{tmp}/pycache-deps", bytecode=False)
        _, cold, _ = _wall_times(cmd, cold_env)
        c.line(f"factbot's modules without bytecode, median of {RUNS}", f"{c.median(cold) * 1000:.0f} ms")

        code = "import sys; from bot.cli import main; sys.exit(main(sys.argv[1:]))"
        probe = subprocess.run([sys.executable, "-X", "importtime", "-c", code, "ask", QUESTION],
                               env=env, capture_output=True, text=True, timeout=120)
        imported = []
        cumulative: dict[str, int] = {}
        for row in probe.stderr.splitlines():
            m = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)", row)
            if m:
                name = m.group(4)
                imported.append(name)
                if len(m.group(3)) <= 2:  # top-level imports
                    cumulative[name] = int(m.group(2))
        telegram = sorted({n for n in imported if n == "telegram" or n.startswith("telegram.")})
        c.line("telegram imported by `ask`", f"{'YES: ' + ', '.join(telegram[:5]) if telegram else 'no'}",
               "no", "MISSED" if telegram else "ok")
        # sqlite_utils would import numpy (~100-150 ms) if knowledge.store did not hide it.
        numpy = "numpy" in imported
        c.line("numpy imported by `ask`", "YES" if numpy else "no", "no", "MISSED" if numpy else "ok")
        c.line("modules imported", f"{len(imported)}")
        top = sorted(cumulative.items(), key=lambda kv: kv[1], reverse=True)[:5]
        c.line("slowest top-level imports (bytecode cached)", ", ".join(f"{n} {us / 1000:.0f} ms" for n, us in top))


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for row in fh:
            if row.startswith("VmRSS:"):
                return int(row.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_child() -> None:
    """Runs in a fresh process (see memory()): prints one 'key value' line per measure."""
    import resource

    from bot.evaluate import load_questions
    from handlers import Conversations, answer
    from knowledge.store import Store

    items = load_questions(c.dev_questions())["questions"]
    questions = [str(t) for item in items for t in (item.get("turns") or [item["q"]])]
    store = Store.open(os.environ["BENCH_STORE"], readonly=True)
    conversations = Conversations(max_size=10_000, ttl_seconds=1800)
    answer(questions[0], store, conversations.get("warm-up"))
    conversations.forget("warm-up")
    print(f"start {_rss_mb():.1f}", flush=True)
    started = time.perf_counter()
    for i in range(10_000):
        answer(questions[i % len(questions)], store, conversations.get(f"chat-{i}"))
        if i + 1 in (1_000, 5_000, 10_000):
            print(f"after_{i + 1} {_rss_mb():.1f}", flush=True)
    print(f"seconds {time.perf_counter() - started:.2f}")
    print(f"length {len(conversations)}")
    # Past max_size: 5,000 more new keys must evict, not grow.
    for i in range(10_000, 15_000):
        answer(questions[i % len(questions)], store, conversations.get(f"chat-{i}"))
    print(f"after_15000 {_rss_mb():.1f}")
    print(f"length_15000 {len(conversations)}")
    print(f"maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")
    store.close()


def memory() -> None:
    c.heading("resident memory: 10,000 questions from 10,000 conversation keys (seed store)")
    env = dict(os.environ, BENCH_STORE=str(c.seed_store_path()))
    out = subprocess.run([sys.executable, __file__, "--memory-child"], env=env, capture_output=True,
                         text=True, timeout=600)
    if out.returncode != 0:
        print(out.stderr)
        raise SystemExit("memory child failed")
    got = dict(row.split(" ", 1) for row in out.stdout.splitlines() if " " in row)
    start, end = float(got["start"]), float(got["after_10000"])
    c.line("VmRSS at start (imports + store open)", f"{start:.1f} MB")
    c.line("VmRSS after 1,000 / 5,000 answers", f"{float(got['after_1000']):.1f} / {float(got['after_5000']):.1f} MB")
    c.line("VmRSS after 10,000 answers", f"{end:.1f} MB", "< 100 MB", c.verdict(end, 100))
    growth = end - float(got["after_1000"])
    c.line("growth 1,000 -> 10,000 (10,000 live conversations)",
           f"{growth:+.1f} MB ({growth / 9:.2f} MB per 1,000 conversations)", "flat", "ok" if growth < 10 else "GROWS")
    past = float(got["after_15000"]) - end
    c.line("growth 10,000 -> 15,000 (past max_size: evicting)", f"{past:+.1f} MB, length {got['length_15000']}",
           "flat", "ok" if past < 5 else "GROWS")
    c.line("ru_maxrss", f"{float(got['maxrss']):.1f} MB")
    c.line("Conversations length", got["length"], "10000 (max_size)", "ok" if got["length"] == "10000" else "CHECK")
    c.line("10,000 answers took", f"{float(got['seconds']):.1f} s")


def main() -> None:
    if "--memory-child" in sys.argv:
        memory_child()
        return
    startup()
    memory()


if __name__ == "__main__":
    main()
