"""CPU instructions per question, counted by valgrind's callgrind: a latency figure that the
machine's load does not move.

    python bench/bench_instructions.py                 # the dev set, as `factbot eval` asks it
    python bench/bench_instructions.py FILE.yaml ...   # other question files
    python bench/bench_instructions.py --each          # and every question's count

Wall-clock medians swing by a third on a shared 2-core machine; the instructions a question costs
vary by about 0.1% from run to run, so two versions of the code can be compared while other work
runs. Each question is asked once on a store built, prepared and compiled first, as `factbot eval`
(bot/evaluate.py) does, but the heap is not settled (one process grades every file given; a
collection costs instructions in whichever question it falls); only `answer()` is counted. Counting is switched on and off
around each question through callgrind's client requests, from a tiny C library compiled here
with the system C compiler (needs `valgrind` and its headers, and `cc`). On the development machine
(2 cores) one million instructions take about 0.19 ms.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import _common as c

_CLIENT = r"""
#include <valgrind/callgrind.h>
void fb_start(void) { CALLGRIND_START_INSTRUMENTATION; CALLGRIND_ZERO_STATS; }
void fb_stop(void) { CALLGRIND_DUMP_STATS; CALLGRIND_STOP_INSTRUMENTATION; }
"""


def _client_library(scratch: Path) -> Path:
    source, library = scratch / "client.c", scratch / "libclient.so"
    source.write_text(_CLIENT)
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    return library


def _ask_all(files: list[Path], library: Path) -> None:
    """The child run under valgrind: every question once, each between the two client requests."""
    from bot.evaluate import load_questions, store_for
    from handlers import Conversation, answer, prepare
    from knowledge.lazy_re import compile_all
    from knowledge.store import Store

    client = ctypes.CDLL(str(library))
    compile_all()

    def seed_store() -> Store:
        store = Store.memory()
        store.ingest_text(c.seed_text())
        return store

    for path in files:
        data = load_questions(path)
        store = store_for(data, path, seed_store)
        prepare(store)
        for item in data["questions"]:
            conversation = Conversation()
            client.fb_start()
            for turn in item.get("turns") or [item["q"]]:
                answer(str(turn), store, conversation)
            client.fb_stop()


def _counts(scratch: Path) -> list[int]:
    """Instructions of each dump, in the order the questions were asked."""
    dumps = sorted((p for p in scratch.glob("cg.out.*") if p.suffix[1:].isdigit()), key=lambda p: int(p.suffix[1:]))
    counts = []
    for dump in dumps:
        for line in dump.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                counts.append(int(line.split()[1]))
                break
    return counts


def measure(files: list[Path]) -> list[int]:
    if not shutil.which("valgrind") or not shutil.which("cc"):
        raise SystemExit("bench_instructions needs valgrind (with its headers) and a C compiler")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        library = _client_library(scratch)
        child = [sys.executable, __file__, "--child", str(library), *map(str, files)]
        # One run outside valgrind first, so bytecode compiled on first import is not counted.
        subprocess.run(child, check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                        f"--callgrind-out-file={scratch}/cg.out", *child],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return _counts(scratch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--each", action="store_true", help="print every question's count")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    files = args.files or [c.dev_questions()]
    if args.child:
        _ask_all(files, Path(args.child))
        return
    counts = measure(files)
    if args.each:
        for i, n in enumerate(counts, 1):
            print(f"{i:4d} {n / 1e6:8.2f} M")
    print(f"questions {len(counts)}  median {statistics.median(counts) / 1e6:.2f} M instructions  "
          f"mean {statistics.mean(counts) / 1e6:.2f} M  (callgrind; aim: the median under about 5 M, "
          f"about 1 ms on the 2-core development machine)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
