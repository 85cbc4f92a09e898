#!/usr/bin/env bash
# Installs the tools the deployment tests (src/test/java/io/scaffold/orchestrator/deployment) run:
#   docker-compose  Debian's Compose 1.29, validates docker-compose.yml offline (`docker-compose config`)
#   kubectl         Debian's kubernetes-client, for its built-in `kubectl kustomize` (works offline);
#                   unpacked into tools/kubernetes-client so it never clashes with another kubectl on the PATH
#   node + npm      Debian's Node.js, builds the browser console (src/main/console, in every Maven build) and
#                   runs the Dockerfile linter in tools/dockerfile-lint
#   bwrap           Debian's bubblewrap, isolates the verification build of generated projects
#                   (gates/probe/sandbox/BuildSandbox; without it builds run with a warning, less isolated)
#   tmux            Debian's tmux, the real terminal cli/ManualRunInTmuxTest drives `./scaffold run` in
#   chromium        Debian's Chromium, the headless browser the console's browser tests (console/) drive through
#                   playwright-core (npm, src/test/browser); Playwright's own browser downloads are never used
# Idempotent: installs only what is missing. Run as root on Debian.
set -euo pipefail

cd "$(dirname "$0")/.."
tools_dir="$PWD/tools"
kubectl_bin="$tools_dir/kubernetes-client/usr/bin/kubectl"

missing_packages=()
command -v docker-compose >/dev/null || missing_packages+=(docker-compose)
command -v node >/dev/null || missing_packages+=(nodejs)
command -v npm >/dev/null || missing_packages+=(npm)
command -v bwrap >/dev/null || missing_packages+=(bubblewrap)
command -v tmux >/dev/null || missing_packages+=(tmux)
[[ -x /usr/bin/chromium ]] || missing_packages+=(chromium)
needs_kubectl=false
[[ -x "$kubectl_bin" ]] || needs_kubectl=true

if (( ${#missing_packages[@]} > 0 )) || [[ "$needs_kubectl" == true ]]; then
  apt-get update
fi
if (( ${#missing_packages[@]} > 0 )); then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing_packages[@]}"
fi

if [[ "$needs_kubectl" == true ]]; then
  download_dir="$(mktemp -d)"
  trap 'rm -rf "$download_dir"' EXIT
  # apt drops privileges to _apt for downloads: give it a directory it may write to.
  chown _apt "$download_dir" 2>/dev/null || true
  (cd "$download_dir" && apt-get download kubernetes-client)
  rm -rf "$tools_dir/kubernetes-client"
  dpkg-deb -x "$download_dir"/kubernetes-client_*.deb "$tools_dir/kubernetes-client"
fi

lint_dir="$tools_dir/dockerfile-lint"
if [[ ! -d "$lint_dir/node_modules/dockerfile-utils" || "$lint_dir/package-lock.json" -nt "$lint_dir/node_modules" ]]; then
  npm ci --prefix "$lint_dir" --no-audit --no-fund
  touch "$lint_dir/node_modules"
fi

browser_dir="$PWD/src/test/browser"
if [[ ! -d "$browser_dir/node_modules/playwright-core" || "$browser_dir/package-lock.json" -nt "$browser_dir/node_modules" ]]; then
  npm ci --prefix "$browser_dir" --no-audit --no-fund
  touch "$browser_dir/node_modules"
fi

echo "docker-compose: $(docker-compose version --short)"
echo "kubectl: $("$kubectl_bin" version --client --short 2>/dev/null || "$kubectl_bin" version --client)"
echo "bwrap: $(bwrap --version)"
echo "tmux: $(tmux -V)"
echo "node: $(node --version), dockerfile-utils: $(node -p "require('$lint_dir/node_modules/dockerfile-utils/package.json').version")"
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null), playwright-core: $(node -p "require('$browser_dir/node_modules/playwright-core/package.json').version")"
