#!/usr/bin/env bash
# Packages the build with `cpack -G DEB`, checks the package with lintian (no errors) and its
# control data (dependencies from dpkg-shlibdeps), unpacks it with `dpkg-deb -x` and runs the
# unpacked binary on the unpacked content: import, plan, man page and completions in their places.
# usage: check_deb.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
fail() { echo "check_deb: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/runstrength_*.deb)
echo "package: $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "depends: $depends"
for lib in libc6 libsqlite3-0 libyaml-cpp0.7 libcmark-gfm0.29.0.gfm.6 libfmt9; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib (dpkg-shlibdeps): $depends"
done

lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E: ' "$work/lintian.txt"; then fail "lintian reports errors"; fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/runstrength usr/share/runstrength/content/strength-training-for-runners.md \
  usr/share/runstrength/content/exercises.yaml usr/share/man/man1/runstrength.1.gz \
  usr/share/bash-completion/completions/runstrength usr/share/zsh/vendor-completions/_runstrength \
  usr/share/fish/vendor_completions.d/runstrength.fish usr/share/doc/runstrength/copyright; do
  [[ -f $root/$file ]] || fail "missing /$file"
done
zcat "$root/usr/share/man/man1/runstrength.1.gz" | grep -q '^\.TH RUNSTRENGTH "1"' || fail "bad man page"

bin="$root/usr/bin/runstrength"
export RUNSTRENGTH_DB="$work/library.db"
unset RUNSTRENGTH_CONTENT
imported=$("$bin" import)  # the default content: the unpacked share/runstrength/content
echo "$imported"
[[ $imported == "imported 1 file: 1 new,"* ]] || fail "import of the unpacked content: $imported"
"$bin" plan --weeks 2 --start 2026-12-07 --json >"$work/plan.json" 2>"$work/plan.err" || fail "plan failed"
grep -q '"schema": "runstrength.plan/' "$work/plan.json" || fail "no plan JSON"
"$bin" --version | grep -q '^runstrength ' || fail "--version"
echo "check_deb: ok"
