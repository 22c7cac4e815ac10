#!/bin/sh
# validate-ics.sh FILE.ics EXPECTED_VEVENT_COUNT  -> exit 0 only if every stage passes
set -u
# Needs: python3-vobject khal libical-dev (apt-get install). Builds the libical checker on first use.
F=$1; N=$2; D=$(cd "$(dirname "$0")" && pwd); fail=0
# runstrength: the build provides the checker in $ICALCHECK (tests/CMakeLists.txt); else build it here.
if [ -n "${ICALCHECK:-}" ]; then C=$ICALCHECK; else
C=${TMPDIR:-/tmp}/icalcheck-$(id -u)
[ -x "$C" ] && [ "$C" -nt "$D/icalcheck.c" ] || \
  gcc -O1 -Wall -o "$C" "$D/icalcheck.c" $(pkg-config --cflags --libs libical) || { echo "cannot build icalcheck (apt-get install libical-dev)"; exit 2; }
fi
stage() { name=$1; shift; if out=$("$@" 2>&1); then echo "PASS $name"; else echo "FAIL $name"; echo "$out" | head -5 | sed 's/^/    /'; fail=1; fi; }
stage lint      timeout 20 python3 "$D/ics_lint.py" "$F"
stage libical   timeout 20 "$C" -p "$F"
stage vobject   timeout 20 /usr/bin/python3 -c 'import sys,vobject
c=vobject.readOne(open(sys.argv[1],encoding="utf-8",newline="").read(),validate=True)
assert len(c.vevent_list)==int(sys.argv[2]),len(c.vevent_list)' "$F" "$N"
T=$(mktemp -d); mkdir "$T/cal"
printf '[calendars]\n[[plan]]\npath = %s/cal\ntype = calendar\n[locale]\ntimeformat = %%H:%%M\ndateformat = %%Y-%%m-%%d\nlongdateformat = %%Y-%%m-%%d\ndatetimeformat = %%Y-%%m-%%d %%H:%%M\nlongdatetimeformat = %%Y-%%m-%%d %%H:%%M\nlocal_timezone = Europe/Berlin\ndefault_timezone = Europe/Berlin\n[sqlite]\npath = %s/khal.db\n' "$T" "$T" > "$T/khal.conf"
khalimp() { err=$(XDG_CONFIG_HOME=$T XDG_DATA_HOME=$T timeout 60 khal -c "$T/khal.conf" import --batch -a plan "$F" 2>&1) || return 1
            [ -z "$err" ] || { echo "$err"; return 1; }          # any khal warning = failure
            n=$(ls "$T/cal" | wc -l); [ "$n" -eq "$N" ] || { echo "khal stored $n events, expected $N"; return 1; }; }
stage khal      khalimp
XDG_CONFIG_HOME=$T XDG_DATA_HOME=$T khal -c "$T/khal.conf" list -a plan --once -f '{start} {end} {title}' 1970-01-01 36500d > "$T/list.txt" 2>&1 || { echo "FAIL khal list"; fail=1; }
head -3 "$T/list.txt"; rm -rf "$T"; exit $fail
