#!/bin/sh
# Soak: the CrashIT check (SIGKILL at seeded random moments, restart, promise checked file by file) with
# bigger numbers. Usage: reliability/soak.sh [files] [kills] [seed]   (defaults 2000 20 7)
set -e
cd "$(dirname "$0")/.."
mvn -B -o verify -Dit.test=CrashIT -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcaravan.crash.files="${1:-2000}" -Dcaravan.crash.kills="${2:-20}" -Dcaravan.crash.seed="${3:-7}"
