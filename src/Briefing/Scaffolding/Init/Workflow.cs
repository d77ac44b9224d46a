namespace Briefing.Scaffolding.Init;

/// <summary>
/// The GitHub workflow of a new briefing: installs the tool at the version that made the briefing, validates
/// strictly (problems become annotations on the YAML lines), builds, and deploys to Netlify only when all of
/// that passed: production from main, a preview for each pull request.
/// </summary>
internal static class Workflow
{
    /// <summary>The workflow, with <paramref name="toolVersion"/> pinned in <c>BRIEFING_VERSION</c>.</summary>
    public static string Text(string toolVersion) => Template.Replace("@VERSION@", toolVersion, StringComparison.Ordinal);

    // GitHub's ${{ }} expressions are kept literally, hence a plain template rather than interpolation.
    private const string Template = """
        # Validates and builds the briefing on every push and pull request, and deploys it to Netlify only
        # when the briefing validates strictly: production from main, a preview for each pull request.
        name: Briefing

        on:
          push:
          pull_request:

        permissions:
          contents: read

        concurrency:
          group: briefing-${{ github.ref }}
          cancel-in-progress: true

        env:
          # The version of the briefing tool that made this briefing. Raise it to upgrade, after reading
          # what changed ('briefing docs format' prints the format that version reads).
          BRIEFING_VERSION: "@VERSION@"
          DOTNET_CLI_TELEMETRY_OPTOUT: "1"
          DOTNET_NOLOGO: "1"

        jobs:
          build:
            name: Validate and build
            runs-on: ubuntu-24.04
            timeout-minutes: 15
            steps:
              - uses: actions/checkout@v4

              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"

              - name: Install briefing ${{ env.BRIEFING_VERSION }}
                # From a feed of your own, add: --add-source <feed URL>
                run: dotnet tool install --global briefing --version "$BRIEFING_VERSION"

              - name: Validate strictly (problems show on the YAML lines)
                run: briefing validate --strict

              # The build's cache renders only what changed since the last run; it describes the output
              # folder it was built with, so the three folders are kept together, per tool version and
              # per kind of build (a deploy preview has its own address).
              - uses: actions/cache@v4
                with:
                  path: |
                    .briefing-cache
                    output
                    .output.spare
                  key: briefing-${{ env.BRIEFING_VERSION }}-${{ github.event_name }}-${{ github.sha }}
                  restore-keys: briefing-${{ env.BRIEFING_VERSION }}-${{ github.event_name }}-

              - name: Build the site
                env:
                  PREVIEW_URL: ${{ github.event_name == 'pull_request' && format('https://pr-{0}--{1}.netlify.app/', github.event.number, vars.NETLIFY_SITE_NAME) || '' }}
                run: |
                  if [ -n "$PREVIEW_URL" ]; then
                    briefing build --strict --base-url "$PREVIEW_URL" --noindex
                  else
                    briefing build --strict
                  fi

              - uses: actions/upload-artifact@v4
                with:
                  name: site
                  path: output
                  retention-days: 7

          deploy:
            name: Deploy to Netlify
            needs: build
            # Pull requests from forks get no secrets: they are checked, not deployed.
            if: >-
              (github.event_name == 'push' && github.ref == 'refs/heads/main') ||
              (github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name == github.repository)
            runs-on: ubuntu-24.04
            timeout-minutes: 10
            env:
              NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}
              NETLIFY_SITE_ID: ${{ secrets.NETLIFY_SITE_ID }}
            steps:
              - uses: actions/checkout@v4

              - uses: actions/download-artifact@v4
                with:
                  name: site
                  path: output

              - name: Deploy production
                if: github.event_name == 'push'
                run: npx --yes netlify-cli@17 deploy --dir output --prod --message "${GITHUB_SHA}"

              - name: Deploy preview
                if: github.event_name == 'pull_request'
                run: npx --yes netlify-cli@17 deploy --dir output --alias "pr-${{ github.event.number }}" --message "PR ${{ github.event.number }} at ${GITHUB_SHA}"

        """;
}
