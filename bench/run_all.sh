#!/usr/bin/env bash
# Run every factbot benchmark in sequence: `bash bench/run_all.sh`.
# Prints figures against their targets ("ok" / "MISSED"); a missed target does not fail the run.
# Exits non-zero only if a script crashes. Bounded: under 5 minutes on a 2-core machine.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
if [ -n "${PYTHON:-}" ]; then
  py="$PYTHON"
elif [ -z "${VIRTUAL_ENV:-}" ] && [ -x "$repo/.venv/bin/python" ]; then
  py="$repo/.venv/bin/python"
else
  py="python"
fi

BENCH_DIR="$(mktemp -d "${TMPDIR:-/tmp}/factbot-bench.XXXXXX")"
XDG_DATA_HOME="$BENCH_DIR/xdg"
export BENCH_DIR XDG_DATA_HOME
unset FACTBOT_DB TELEGRAM_BOT_TOKEN
trap 'rm -rf "$BENCH_DIR"' EXIT

failed=()
started=$SECONDS
run() {
  local title="$1"; shift
  echo
  echo "################ $title"
  local t0=$SECONDS
  if ! "$py" "$@"; then
    failed+=("$title")
    echo "!! $title crashed (exit code ≠ 0)"
  fi
  echo "   ($title took $((SECONDS - t0)) s)"
}

run "ingest: seed and 1,000 generated articles" "$here/bench_ingest.py"
run "answer latency and accuracy: seed and 1,000-article stores" "$here/bench_answer.py"
run "BM25 paragraph baseline vs factbot" "$here/bench_bm25.py"
run "start-up of factbot ask, and memory of 10,000 conversations" "$here/bench_startup.py"
run "fuzz: 100,000 hostile inputs through answer() and the Telegram renderer" "$here/fuzz.py" -n "${FUZZ_N:-100000}" --budget "${FUZZ_BUDGET:-90}"
run "bot throughput: the real Application against the fake Bot API" "$here/bench_bot.py" --built-updates 300 --updates 3000
run "soak: updates through the fake Bot API with 429s, 500s and dropped connections" "$here/soak.py" --seconds "${SOAK_SECONDS:-35}" --drain 15
run "accuracy: every question file (issue 3's aims)" "$here/eval_all.py"
if command -v valgrind >/dev/null && command -v cc >/dev/null; then
  run "instructions per dev question, counted by callgrind (load-independent latency)" "$here/bench_instructions.py"
else
  echo; echo "################ instructions per question: skipped (needs valgrind and cc)"
fi

echo
echo "################ done in $((SECONDS - started)) s"
if [ ${#failed[@]} -gt 0 ]; then
  printf 'crashed: %s\n' "${failed[@]}"
  exit 1
fi
