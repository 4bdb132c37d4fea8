#!/bin/sh
# Installs Debian's Chromium (and text fonts for its screenshots) for ReportBrowserIT, which renders the
# report in a real, headless browser. Does nothing when chromium (or chromium-browser) is already on the
# PATH. Exits non-zero, saying why, when it cannot install it: the caller decides whether that is fatal
# (.ci/run: under CI=true it is).
set -u

have_chromium() {
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1
}

fail() {
  echo "install-chromium: error: $*" >&2
  exit 1
}

if have_chromium; then
  exit 0
fi

command -v apt-get >/dev/null 2>&1 || fail "chromium is missing and apt-get is not available (not Debian/Ubuntu?)"

# root installs directly; anyone else only through password-less sudo
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
    SUDO="sudo -n"
  else
    fail "chromium is missing, and this user is not root and has no password-less sudo"
  fi
fi

log=$(mktemp) || fail "cannot create a temporary log file"
if ! { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
       && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            chromium fonts-liberation fonts-dejavu-core; } >"$log" 2>&1; then
  echo "install-chromium: apt-get failed; last lines of $log:" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
rm -f "$log"

have_chromium || fail "apt-get succeeded but neither chromium nor chromium-browser is on the PATH"
echo "install-chromium: $(chromium --version 2>/dev/null || chromium-browser --version 2>/dev/null) installed"
