#!/usr/bin/env bash
# The one test command, for developers and CI alike: installs what the tests need when it is missing
# (Debian's Chromium, the npm packages of html-validate and yaml-language-server from their lock
# files), restores with the committed lock files, builds with warnings as errors, and runs every
# test: unit, end-to-end, packed tool, preview and browser.
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

# npm packages the tests run, each from its lock file: html-validate (browser tests) and the YAML
# language server VS Code's YAML extension uses (the editor-settings test of 'briefing init').
for npm_folder in tests/Briefing.BrowserTests/html-validate tests/Briefing.Tests/yaml-language-server; do
  if [ -f "$npm_folder/package-lock.json" ] && { ! [ -d "$npm_folder/node_modules" ] || [ "$npm_folder/package-lock.json" -nt "$npm_folder/node_modules" ]; }; then
    echo "Installing the npm packages of $npm_folder from its lock file"
    (cd "$npm_folder" && npm ci --no-audit --no-fund --loglevel=error && touch node_modules)
  fi
done

dotnet restore Briefing.sln --locked-mode
dotnet build Briefing.sln -c Release --no-restore
dotnet test Briefing.sln -c Release --no-build
