#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers of outside data (fuzz/, docs/reliability.md).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Builds the libFuzzer targets with clang-14 (-fsanitize=fuzzer,address,undefined) in
# their own folder (build-fuzz, DTR_FUZZ=ON; only the fuzz targets and the torch-free
# parser library they link) and runs every target (or the ones named) for SECONDS each
# (default 600), one after the other. New inputs that add coverage go to
# build-fuzz/corpus/<target> (not committed); a crashing input is written to
# fuzz/corpus/<target>/regressions/, which CTest replays in the normal build. Prints per
# target the executions, the coverage (cov: edges, ft: features) and the crashes.
#
# Needs the Debian packages clang-14 and libfuzzer-14-dev: installed here when missing
# (they are used by this script only, not by the normal build or CI).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-600}
shift || true
BUILD_DIR=${DTR_FUZZ_BUILD_DIR:-build-fuzz}
NICE=${DTR_FUZZ_NICE:-10}

if ! command -v clang++-14 >/dev/null 2>&1 || ! dpkg -s libfuzzer-14-dev >/dev/null 2>&1; then
  echo "fuzz.sh: installing clang-14 and libfuzzer-14-dev"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang-14 libfuzzer-14-dev
fi

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDTR_FUZZ=ON -DDTR_BUILD_GUI=OFF -DDTR_USE_OPENMP=OFF -DDTR_USE_BLAS=OFF
fi
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(safetensors weight_files config export_config tokenizer_load tokenizer_encode tasks calibration students project)
fi
BUILD_TARGETS=()
for t in "${TARGETS[@]}"; do BUILD_TARGETS+=("fuzz_$t"); done
# Builds wait for each other (the machine is shared): DTR_FUZZ_SKIP_BUILD=1 runs what is built.
if [ -z "${DTR_FUZZ_SKIP_BUILD:-}" ]; then
  flock /tmp/ninja.lock nice -n "$NICE" cmake --build "$BUILD_DIR" -j "${DTR_JOBS:-2}" --target "${BUILD_TARGETS[@]}"
fi

# Per target: the longest input (bytes). Big enough for the seeds that matter.
max_len() {
  case "$1" in
    project) echo 131072 ;;
    tokenizer_load) echo 98304 ;;
    weight_files|safetensors|students) echo 16384 ;;
    *) echo 8192 ;;
  esac
}

SUMMARY=()
for t in "${TARGETS[@]}"; do
  corpus="$BUILD_DIR/corpus/$t"
  regressions="fuzz/corpus/$t/regressions"
  mkdir -p "$corpus" "$regressions"
  log="$BUILD_DIR/fuzz-$t.log"
  echo "fuzz.sh: $t for ${SECONDS_EACH}s (log: $log)"
  set +e
  started=$SECONDS
  # The seeds (generated at configure time from the fixtures) and the regressions are
  # read-only corpora after the first, writable one.
  nice -n "$NICE" "$BUILD_DIR/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -max_len="$(max_len "$t")" \
    -timeout=25 -rss_limit_mb=3072 -malloc_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$regressions/" "$corpus" "$BUILD_DIR/fuzz/seeds/$t" "$regressions" >"$log" 2>&1
  rc=$?
  took=$((SECONDS - started))
  set -e
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
  cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
  crashes=$(grep -c -E '^artifact_prefix=|Test unit written to' "$log" || true)
  line="$t: ${took}s, execs ${execs:-?}, cov ${cov:-?}, ft ${ft:-?}, exit $rc, crash inputs written: $crashes"
  echo "fuzz.sh: $line"
  SUMMARY+=("$line")
  if [ "$rc" -ne 0 ]; then
    grep -E 'ERROR|SUMMARY|terminate|what\(\)|Test unit written' "$log" | head -8 || true
  fi
done
echo "fuzz.sh: summary"
printf '  %s\n' "${SUMMARY[@]}"
