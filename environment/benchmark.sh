#!/usr/bin/env bash
# The benchmark (benchmark/README.md): the library against NumPy and PyTorch on the same training
# runs, and the workbook's own run time; prints a table of ratios (also written to
# benchmark/out/table.md, with the raw measurements beside it). Not part of environment/test.sh.
#   environment/benchmark.sh             # the full run (about 15 minutes, run it on an idle machine)
#   environment/benchmark.sh --quick     # short runs, to try the harness (numbers are rough)
#   environment/benchmark.sh --no-workbook
#   environment/benchmark.sh --runs 3      # runs of each notebook (default 5; 1 with --quick)
# The first run installs NumPy and PyTorch (from PyPI: several GB, CUDA libraries included) into
# benchmark/.venv.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
quick=0 workbook=1 runs=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --no-workbook) workbook=0 ;;
    --runs) runs="${2:?--runs needs a number}"; shift ;;
    *) die "unknown option $1 (use --quick, --no-workbook or --runs N)" ;;
  esac
  shift
done
[ -n "$runs" ] || runs="$([ "$quick" = 1 ] && echo 1 || echo 5)"
export BENCH_LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
workbook_check_jdk
workbook_venv
workbook_check_kernel
cd "$WORKBOOK_ROOT"
out="$WORKBOOK_ROOT/benchmark/out"
mkdir -p "$out"

# the references' own environment, pinned, apart from the workbook's
bench_venv="$WORKBOOK_ROOT/benchmark/.venv"
req="$WORKBOOK_ROOT/benchmark/python/requirements.txt" stamp="$bench_venv/.requirements.sha256"
if [ ! -x "$bench_venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$(sha256sum "$req" | cut -d' ' -f1)" ]; then
  say "installing NumPy and PyTorch into $bench_venv (pinned; PyTorch from PyPI is large)"
  "$(workbook_python)" -m venv "$bench_venv"
  "$bench_venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip==25.3
  "$bench_venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
  sha256sum "$req" | cut -d' ' -f1 > "$stamp"
fi

say "building lib/ and the JMH benchmark"
./mvnw -q -B -ntp install -DskipTests
./mvnw -q -B -ntp -f benchmark/jmh/pom.xml package
cp="benchmark/jmh/target/classes:$(cat benchmark/jmh/target/classpath.txt)"
java -cp "$cp" nn.bench.Problems "$out/problems.json"

say "the library and the hand-written loop (JMH)"
if [ "$quick" = 1 ]; then jmh_args=(-wi 2 -w 1 -i 3 -r 1); else jmh_args=(); fi
# the library's training loop and the plain hand-written loop in one run; -prof gc counts the bytes
# each epoch allocates
java -cp "$cp" org.openjdk.jmh.Main TrainingBenchmark "${jmh_args[@]}" -prof gc -rf json -rff "$out/jmh.json" \
  | grep -E '^(Benchmark|TrainingBenchmark\.[a-zA-Z]+ |TrainingBenchmark.*alloc.rate.norm)' 

say "NumPy and PyTorch"
# Some machines set OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE to work around old OpenBLAS builds; they
# slow down a current NumPy, so they are unset for this command only (the kernel in use is listed
# in python.json under threadpools).
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$bench_venv/bin/python" benchmark/python/run.py "$out/problems.json" "$out/python.json" \
  $([ "$quick" = 1 ] && echo --quick)

files=("$out/problems.json" "$out/jmh.json" "$out/python.json")
if [ "$workbook" = 1 ]; then
  say "the workbook: kernel start, every notebook's restart and run all, memory"
  "$WORKBOOK_VENV/bin/python" benchmark/workbook.py --runs "$runs" "$out/workbook.json"
  files+=("$out/workbook.json")
fi

say "results (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
"$bench_venv/bin/python" benchmark/report.py "${files[@]}" | tee "$out/table.md"
