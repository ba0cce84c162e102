# Optional, for a shell of your own: `source scripts/use-node.sh` puts first on PATH the Node
# the package scripts run under (this one if it meets engines.node, else the one pinned in
# .nvmrc, fetched once into the cache by scripts/node-floor.mjs). The package scripts do not
# need it: each goes through scripts/node-floor.mjs.
PATH="$(dirname "$(node "$(dirname "${BASH_SOURCE[0]:-$0}")/node-floor.mjs" node -p process.execPath)"):$PATH"
export PATH
echo "use-node: $(node --version) at $(command -v node), npm $(npm --version)"
