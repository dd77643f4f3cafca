#!/usr/bin/env bash
# Hessian Explorer's one entry point: installs what is missing, builds the wasm package,
# serves the page, runs every test, runs the benchmarks.
#
#   ./build.sh [serve]   setup + build, then serve www/ on http://localhost:$PORT/ (default 8000)
#   ./build.sh setup     install the wasm target, wasm-bindgen-cli (Cargo.lock's version) and npm deps
#   ./build.sh build     setup, then compile to www/pkg/
#   ./build.sh test      build, install Chromium if missing, then fmt, clippy, the JS lint
#                        (ESLint), cargo test, the Node tests (the JS API and the page's
#                        pure modules) and the browser tests (Chromium)
#   ./build.sh bench     build, then the native benchmark, the wasm benchmark in Node, the
#                        browser benchmark in headless Chromium, and the networks' exact
#                        Hessian + spectrum against JAX (installed from PyPI when missing),
#                        side by side (missed targets are printed as MISSED, not failed:
#                        timings are noisy)
#   ./build.sh bundle    build, then dist/hessian-explorer.html: one self-contained file (CSS,
#                        JS and wasm inlined) that works from file:// or an LMS upload, and
#                        dist/hessian-explorer.js beside it (the element for notes in that folder)
#   ./build.sh scorm [OPTIONS]
#                        build, then dist/hessian-explorer-quiz-…-scorm12.zip: the quiz as a
#                        SCORM 1.2 package (--scorm 2004 for 2004) for Moodle, Canvas, …;
#                        options (level, questions, seed, a teacher's set, mastery, language,
#                        title, output) in tools/scorm.mjs and the README
#
# Every install step is idempotent and skipped when already done; wasm-bindgen-cli is cached
# under ~/.cache/hessian-explorer/ (outside the repo) so fresh clones reuse it.
set -euo pipefail

# Work from the repository root (where this script lives), whatever the caller's directory.
cd "$(dirname "${BASH_SOURCE[0]}")"

# Constants: the wasm target, the crate's artifact and where the generated package goes.
readonly WASM_TARGET=wasm32-unknown-unknown
readonly CRATE_WASM=target/$WASM_TARGET/release/hessian_explorer.wasm
readonly PKG_DIR=www/pkg
readonly CACHE_ROOT=${XDG_CACHE_HOME:-$HOME/.cache}/hessian-explorer

# A visible heading per step, with the seconds since the start, so a CI log reads as a
# timed list of what ran.
step() {
    printf '\n==> %s   [%ds]\n' "$*" "$SECONDS"
}

# `sudo` only when we are not root and it exists (CI containers usually run as root).
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "error: need root to run: $*" >&2
        exit 1
    fi
}

# The wasm-bindgen version Cargo.lock pins (Cargo.toml pins it with `=`); the CLI must match
# it exactly or the generated JS and the wasm disagree.
wasm_bindgen_version() {
    if [ ! -f Cargo.lock ]; then
        cargo generate-lockfile
    fi
    local version
    version=$(awk '
        /^\[\[package\]\]/ { in_wb = 0 }
        /^name = "wasm-bindgen"$/ { in_wb = 1 }
        in_wb && /^version = / { gsub(/"/, "", $3); print $3; exit }
    ' Cargo.lock)
    if [ -z "$version" ]; then
        echo "error: no wasm-bindgen package in Cargo.lock" >&2
        exit 1
    fi
    echo "$version"
}

# Installs the wasm target, wasm-bindgen-cli and the npm dev dependencies when missing.
setup() {
    # 1. The Rust target for WebAssembly.
    step "setup: rustup target $WASM_TARGET"
    if [ -d "$(rustc --print sysroot)/lib/rustlib/$WASM_TARGET" ]; then
        echo "already installed"
    else
        rustup target add "$WASM_TARGET"
    fi

    # 2. wasm-bindgen-cli at exactly Cargo.lock's version, cached per version under $HOME.
    #    A lock keeps two concurrent builds from compiling it twice into the same directory.
    local version dir
    version=$(wasm_bindgen_version)
    dir=$CACHE_ROOT/wasm-bindgen-$version
    WASM_BINDGEN=$dir/bin/wasm-bindgen
    step "setup: wasm-bindgen-cli $version in $dir"
    if [ "$("$WASM_BINDGEN" --version 2>/dev/null || true)" = "wasm-bindgen $version" ]; then
        echo "already installed"
    else
        mkdir -p "$dir"
        (
            if command -v flock >/dev/null; then
                flock 9
            fi
            # Another build may have finished the install while we waited for the lock.
            if [ "$("$WASM_BINDGEN" --version 2>/dev/null || true)" != "wasm-bindgen $version" ]; then
                cargo install wasm-bindgen-cli --version "$version" --root "$dir" --force
            fi
        ) 9>"$dir.lock"
        "$WASM_BINDGEN" --version
    fi

    # 3. npm dev dependencies (playwright-core, mathjs, esbuild, axe-core, eslint, scorm-again) when
    #    node_modules is missing or older than the lockfile; `npm ci` installs exactly what
    #    package-lock.json says.
    step "setup: npm dependencies"
    if [ -d node_modules ] && [ ! package-lock.json -nt node_modules ] \
        && [ ! package.json -nt node_modules ]; then
        echo "node_modules is up to date"
    else
        if [ -f package-lock.json ]; then
            npm ci --no-audit --no-fund
        else
            npm install --no-audit --no-fund
        fi
        # npm leaves the directory's time alone when nothing changed: mark it current.
        touch node_modules
    fi
}

# Compiles the crate to wasm and generates the ES module package in www/pkg/.
build() {
    setup

    # 1. The wasm module, optimized (see [profile.release] in Cargo.toml).
    step "build: cargo build --release --lib --target $WASM_TARGET"
    cargo build --release --lib --target "$WASM_TARGET"

    # 2. The JS glue for `<script type="module">` and Node, without a bundler.
    step "build: wasm-bindgen --target web --out-dir $PKG_DIR"
    "$WASM_BINDGEN" --target web --out-dir "$PKG_DIR" "$CRATE_WASM"
}

# Installs Debian's Chromium (and its driver) for the browser tests when it is missing, and a
# CJK font so that the Chinese screenshots show characters rather than empty boxes.
install_chromium() {
    step "setup: chromium and a CJK font"
    if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "noto.*cjk"; then
        /usr/bin/chromium --version 2>/dev/null || echo "/usr/bin/chromium present"
    else
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends chromium chromium-driver fonts-noto-cjk
    fi
}

# Installs rustfmt and clippy when missing (rustup's "minimal" profile has neither).
install_rust_components() {
    step "setup: rustfmt and clippy"
    if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then
        echo "already installed"
    else
        rustup component add rustfmt clippy
    fi
}

# Runs every check, in order from the fastest to fail to the slowest.
run_tests() {
    build
    install_rust_components
    install_chromium

    # 1. Formatting.
    step "test: cargo fmt --check"
    cargo fmt --check

    # 2. Lints, tests and benches included, warnings are errors.
    step "test: cargo clippy --all-targets -- -D warnings"
    cargo clippy --all-targets -- -D warnings

    # 3. The JavaScript's lint: ESLint's recommended rules and no unused names, over www/,
    #    tests/ and tools/ (eslint.config.js; the version package.json pins).
    step "test: npx eslint ."
    npx eslint .

    # 4. The core natively: unit tests, the integration crate, doctests.
    step "test: cargo test"
    cargo test

    # 5. In Node: the JS API through the built www/pkg, as an embedder uses it, and the page's
    #    pure modules (one test file each), its import graph (no cycle) and its exports (none
    #    unused). Node 20's --test does not expand globs itself: the shell does.
    step "test: Node (node --test tests/js/*.test.mjs)"
    local js_tests=(tests/js/*.test.mjs)
    require_files "${js_tests[@]}"
    node --test --test-reporter=spec "${js_tests[@]}"

    # 6. The page in headless Chromium, one file at a time (each starts a browser and server).
    #    Until the first browser test lands, a local run skips this step with a warning; CI
    #    never does.
    step "test: browser (node --test --test-concurrency=1 tests/browser/*.test.mjs)"
    local browser_tests=(tests/browser/*.test.mjs)
    if [ ! -e "${browser_tests[0]}" ] && [ -z "${CI:-}" ]; then
        echo "WARNING: no browser tests yet (tests/browser/*.test.mjs): skipped here, CI fails" >&2
        step "all tests passed, except the browser tests: there are none yet"
        return
    fi
    require_files "${browser_tests[@]}"
    CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium} \
        node --test --test-concurrency=1 --test-reporter=spec "${browser_tests[@]}"

    step "all tests passed"
}

# Fails when a glob matched nothing (bash then passes the pattern itself through).
require_files() {
    if [ ! -e "$1" ]; then
        echo "error: no test files match $1" >&2
        exit 1
    fi
}

# The native benchmark of the core, the wasm benchmark in Node against plain JS and math.js,
# then the page's own paths (θ′ drag, 512² surface rebuild) in headless Chromium. The browser
# benchmark prints MISSED for a missed target and exits 0 (a benchmark, not a test: timing
# must not make CI flaky); it fails only on page errors.
run_bench() {
    build
    install_chromium

    step "bench: cargo bench --bench core"
    if [ -f benches/core.rs ]; then
        cargo bench --bench core
    else
        echo "benches/core.rs does not exist yet: skipped"
    fi

    step "bench: node tests/bench/wasm_bench.mjs"
    node tests/bench/wasm_bench.mjs

    step "bench: node tests/bench/browser_bench.mjs"
    CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium} node tests/bench/browser_bench.mjs

    # The networks against JAX (CPU, jit, float64), side by side with the wasm and native
    # figures (cargo bench above wrote target/bench/native-network.json). JAX comes from
    # PyPI when missing; the tests never need it.
    step "bench: JAX (python3 -m pip install 'jax[cpu]' when missing)"
    if python3 -c "import jax" 2>/dev/null; then
        python3 -c "import jax; print('jax', jax.__version__, 'already installed')"
    else
        echo "JAX is missing: installing jax[cpu] from PyPI for the comparison"
        python3 -m pip install --quiet "jax[cpu]" || echo "could not install JAX: the table will show our figures only"
    fi
    step "bench: node tests/bench/network_bench.mjs (networks: wasm, native and JAX side by side)"
    node tests/bench/network_bench.mjs

    # 50-run studies of the minimum-ratio experiment, as the page's Web Worker runs them.
    step "bench: node tests/bench/study_bench.mjs (experiment runs in headless Chromium)"
    CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium} node tests/bench/study_bench.mjs
}

# The single-file page (tools/bundle.mjs, esbuild from the npm dev dependencies).
run_bundle() {
    build
    step "bundle: node tools/bundle.mjs dist/hessian-explorer.html"
    node tools/bundle.mjs dist/hessian-explorer.html
}

# The quiz as a SCORM package (tools/scorm.mjs: the single-file page with the package's config,
# and imsmanifest.xml, zipped); every argument after "scorm" goes to the tool.
run_scorm() {
    build
    step "scorm: node tools/scorm.mjs $*"
    node tools/scorm.mjs "$@"
}

# Serves www/ as static files (the page needs no server logic; any static host works).
serve() {
    build
    local port=${PORT:-8000}
    step "serve: www/ on port $port"
    echo "Open http://localhost:$port/"
    exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
}

usage() {
    echo "usage: $0 [serve|setup|build|test|bench|bundle|scorm]" >&2
    echo "  serve (default)  build, then serve www/ on http://localhost:\${PORT:-8000}/" >&2
    echo "  setup            install the wasm target, wasm-bindgen-cli and npm dev dependencies" >&2
    echo "  build            setup, then compile the wasm package into www/pkg/" >&2
    echo "  test             build, then fmt, clippy, JS lint, cargo test, Node tests, browser tests" >&2
    echo "  bench            build, then the native, wasm and browser benchmarks" >&2
    echo "  bundle           build, then dist/hessian-explorer.html (one file, works from file://)" >&2
    echo "  scorm [OPTIONS]  build, then the quiz as a SCORM package in dist/ (--scorm 2004, --level N," >&2
    echo "                   --questions N, --seed N, --set FILE, --mastery P|none, --lang en|zh, --title T, --out F)" >&2
}

case "${1:-serve}" in
    setup) setup ;;
    build) build ;;
    serve) serve ;;
    test) run_tests ;;
    bench) run_bench ;;
    bundle) run_bundle ;;
    scorm)
        shift
        run_scorm "$@"
        ;;
    -h | --help | help) usage ;;
    *)
        usage
        exit 2
        ;;
esac
