# Sourced by the bench scripts that time the ecosys program:
#   source "$(dirname "$0")/common.sh" "${1:-}"
# sets `here` (bench/), `root` (the checkout), `data` (../shared/data beside the
# checkout, or ECOSYS_DATA) and `ecosys`: the path given, else the first built of
# build/test, build/release and build/dev; without one it stops with a message.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
data="${ECOSYS_DATA:-$(dirname "$root")/shared/data}"
ecosys="${1:-}"
if [ -z "$ecosys" ]; then
  for candidate in "$root/build/test/ecosys" "$root/build/release/ecosys" "$root/build/dev/ecosys"; do
    [ -x "$candidate" ] && { ecosys="$candidate"; break; }
  done
fi
[ -n "$ecosys" ] && [ -x "$ecosys" ] || { echo "$(basename "$0"): no ecosys binary; build first or pass its path" >&2; exit 1; }
