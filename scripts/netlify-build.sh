#!/usr/bin/env bash
# Builds the site for publishing. Netlify's build image has no usable .NET SDK, so when the SDK
# that global.json pins is missing, the official dotnet-install script installs it first.
#
# Environment (set by Netlify, or by the CI workflow that runs this same script):
#   CONTEXT           production | deploy-preview | branch-deploy   (default: production)
#   DEPLOY_PRIME_URL  the preview's own URL, used as --base-url outside production
#   DOTNET_INSTALL_SCRIPT  a local copy of dotnet-install.sh to use instead of downloading it
set -euo pipefail
cd "$(dirname "$0")/.."

pinned=$(sed -n 's/.*"version": *"\([0-9][^"]*\)".*/\1/p' global.json | head -n 1)

# global.json rolls forward to later feature bands of the same major.minor (rollForward: latestFeature),
# so 10.0.401 is satisfied by 10.0.402 or 10.0.500, but not by 10.0.300, 11.0.100 or a preview.
has_sdk() {
  command -v dotnet >/dev/null 2>&1 || return 1
  local have
  for have in $(dotnet --list-sdks 2>/dev/null | cut -d' ' -f1); do
    case "$have" in *-*) continue ;; esac
    if [ "${have%.*}" = "${pinned%.*}" ] && [ "${have##*.}" -ge "${pinned##*.}" ]; then
      return 0
    fi
  done
  return 1
}

if ! has_sdk; then
  echo "Installing the .NET SDK $pinned (pinned by global.json)"
  script=${DOTNET_INSTALL_SCRIPT:-}
  if [ -z "$script" ]; then
    script=$(mktemp)
    curl --fail --silent --show-error --location https://dot.net/v1/dotnet-install.sh --output "$script"
  fi
  bash "$script" --jsonfile global.json --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH" DOTNET_ROOT="$HOME/.dotnet"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
briefing() { dotnet run --project src/Briefing.Cli -c Release -- "$@"; }

case "${CONTEXT:-production}" in
  production)
    extra=() ;;
  *)
    # A preview lives at its own address and must not compete with the real site in search engines.
    extra=(--base-url "${DEPLOY_PRIME_URL:?DEPLOY_PRIME_URL is needed outside production}/" --noindex) ;;
esac

# Claim pages list their changes from git; a host that clones shallowly gets the whole history first.
if [ "$(git rev-parse --is-shallow-repository 2>/dev/null || echo false)" = true ]; then
  git fetch --quiet --unshallow || echo "Could not fetch the whole history: claim pages will say none is available" >&2
fi

briefing validate --root . --strict
briefing build --root . --output output "${extra[@]}"
