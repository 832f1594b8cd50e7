#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer.
#
#   scripts/test-sanitizers.sh [CTEST ARGS...]      e.g. -R tst_project
#
# Builds everything with -fsanitize=address,undefined (DTR_SANITIZE=ON) into build-asan
# (or $DTR_ASAN_BUILD_DIR), then runs CTest there. Any ASan report, any UB and any leak
# that is not in scripts/sanitizers/lsan.supp (leaks inside the uninstrumented LibTorch,
# Qt and system libraries) fails the test that caused it. A fresh build takes about as
# long as the normal one; the suite runs 2-3x slower than in ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/fixtures/hf ]; then
  echo "test-sanitizers.sh: ../shared/fixtures/hf is missing: the parity tests need the shared fixtures beside the checkout" >&2
  exit 1
fi
BUILD_DIR=${DTR_ASAN_BUILD_DIR:-build-asan}
DTR_BUILD_DIR=$BUILD_DIR bash scripts/build.sh -DDTR_SANITIZE=ON  # DTR_TARGETS="..." builds only those
SUPP=$(pwd)/scripts/sanitizers
# halt_on_error: the first report ends the test; detect_odr_violation=0: LibTorch's and
# Qt's own duplicated globals are not ours to fix; new_delete_type_mismatch=0: LibTorch
# frees some of its objects through a base class of another size.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_odr_violation=0:new_delete_type_mismatch=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$SUPP/ubsan.supp:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$SUPP/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen
# Qt Test's own watchdog (300 s per test function unless a test sets more)
export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-1200000}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${DTR_JOBS:-$(nproc)}" "$@"
