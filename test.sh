#!/usr/bin/env bash
# The one test command: restores with the committed lock files, builds with warnings as errors,
# and runs every test. Used as is by developers and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"

dotnet restore Briefing.sln --locked-mode
dotnet build Briefing.sln -c Release --no-restore
dotnet test Briefing.sln -c Release --no-build
