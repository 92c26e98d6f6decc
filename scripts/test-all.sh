#!/usr/bin/env bash
# Runs every test and ends with one line "N passed, N failed" that adds up every runner:
#   0. ESLint, Prettier's check and the type check (svelte-check over src, server, scripts and tests)
#   1. vitest: unit specs and integration specs on embedded PGlite
#   2. vitest: integration specs again on PostgreSQL, when TEST_DATABASE_URL is set
#   3. Playwright end-to-end in Debian's Chromium (installed here if missing)
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=.test-data
mkdir -p "$OUT"
rm -f "$OUT"/*.json
passed=0
failed=0
status=0

count_vitest() { # file
	if [ -s "$1" ]; then
		read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites??0) + r.testResults.filter(t=>t.status==="failed"&&t.assertionResults.length===0).length)' "$(realpath "$1")")
	else p=0; f=1; fi
	passed=$((passed + p)); failed=$((failed + f))
}

# Lint and type check count as one test each: CI reads only the last line.
static_check() { # name, command...
	local name=$1; shift
	echo "== $name"
	if "$@" >"$OUT/$name.log" 2>&1; then passed=$((passed + 1)); echo "ok"
	else failed=$((failed + 1)); status=1; echo "$name failed:"; tail -40 "$OUT/$name.log"; fi
}
static_check lint npx eslint .
static_check format npx prettier --check .
static_check types npm run --silent check -- --threshold error

echo "== unit and integration tests (PGlite)"
env -u TEST_DATABASE_URL -u DATABASE_URL npx vitest run --reporter=default --reporter=json --outputFile.json="$OUT/vitest-pglite.json" || status=1
count_vitest "$OUT/vitest-pglite.json"

if [ -n "${TEST_DATABASE_URL:-}" ]; then
	echo "== integration tests (PostgreSQL at ${TEST_DATABASE_URL%%@*}@…)"
	env -u DATABASE_URL npx vitest run tests/integration --reporter=default --reporter=json --outputFile.json="$OUT/vitest-postgres.json" || status=1
	count_vitest "$OUT/vitest-postgres.json"
else
	echo "== TEST_DATABASE_URL not set: skipping the PostgreSQL pass"
fi

echo "== end-to-end tests (Chromium)"
if ! command -v chromium >/dev/null 2>&1; then
	echo "Installing Debian's chromium for the browser tests…"
	(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 ||
		sudo sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium' >/dev/null 2>&1
fi
if command -v chromium >/dev/null 2>&1; then
	npx vite build >"$OUT/build.log" 2>&1 || { echo "build failed:"; tail -30 "$OUT/build.log"; status=1; }
	rm -rf "$OUT"/e2e-data
	E2E_DATA_DIR="$OUT/e2e-data" E2E_JSON="$OUT/e2e.json" CHROMIUM_PATH="$(command -v chromium)" \
		env -u DATABASE_URL npx playwright test || status=1
	if [ -s "$OUT/e2e.json" ]; then
		read -r p f < <(node -e 'const s=require(process.argv[1]).stats;console.log(s.expected + s.flaky, s.unexpected)' "$(realpath "$OUT/e2e.json")")
	else p=0; f=1; fi
	passed=$((passed + p)); failed=$((failed + f))
else
	echo "Chromium could not be installed: end-to-end tests count as failed."
	failed=$((failed + 1)); status=1
fi

[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed"
exit $status
