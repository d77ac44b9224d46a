#!/usr/bin/env bash
# The one test command, for developers and CI alike: installs what the browser tests need when it
# is missing (Debian's Chromium, the npm packages of html-validate from their lock file), restores
# with the committed lock files, builds with warnings as errors, and runs every test: unit,
# end-to-end, preview and browser.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${BRIEFING_CHROMIUM:-}" ] && ! [ -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "The browser tests need Chromium: run 'sudo apt-get install chromium' (or set BRIEFING_CHROMIUM to a Chromium binary)." >&2
    exit 1
  fi
  echo "Installing Chromium from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

validator=tests/Briefing.BrowserTests/html-validate
if [ -f "$validator/package-lock.json" ] && { ! [ -d "$validator/node_modules" ] || [ "$validator/package-lock.json" -nt "$validator/node_modules" ]; }; then
  echo "Installing html-validate from its lock file"
  (cd "$validator" && npm ci --no-audit --no-fund --loglevel=error && touch node_modules)
fi

dotnet restore Briefing.sln --locked-mode
dotnet build Briefing.sln -c Release --no-restore
dotnet test Briefing.sln -c Release --no-build
