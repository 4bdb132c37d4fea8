#!/bin/sh
# Installs Debian's Chromium for ReportBrowserTest (the report rendered in a real, headless
# browser), only when /usr/bin/chromium is missing. Never fails: without Chromium that test is
# skipped, and this script only prints a warning.
set -u

CHROMIUM=/usr/bin/chromium

warn() {
  echo "install-chromium: warning: $*; ReportBrowserTest will be skipped" >&2
}

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  warn "apt-get is not available (not Debian/Ubuntu?)"
  exit 0
fi

# root installs directly; anyone else only through password-less sudo
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
    SUDO="sudo -n"
  else
    warn "not root and no password-less sudo"
    exit 0
  fi
fi

log=$(mktemp 2>/dev/null || echo /tmp/install-chromium.log)
# a text font for the screenshot comes with the fonts packages
if $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 \
  && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
       chromium fonts-liberation fonts-dejavu-core >>"$log" 2>&1; then
  :
else
  warn "apt-get failed (last lines of $log follow)"
  tail -n 5 "$log" >&2 2>/dev/null || true
  exit 0
fi

if [ -x "$CHROMIUM" ]; then
  echo "install-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) installed"
  rm -f "$log"
else
  warn "apt-get succeeded but $CHROMIUM is still missing"
  rm -f "$log"
fi
exit 0
