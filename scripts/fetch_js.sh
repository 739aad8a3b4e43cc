#!/usr/bin/env bash
# Fetches the explorer's browser libraries pinned in third_party/npm.lock from the npm
# registry (npm pack), checks each tarball's SHA-512 against the lock and unpacks the
# embedded file and the licence into third_party/npm/NAME/. Quick when they are there.
# Exit 0 also when npm or the registry is missing: the build then has no explorer,
# and this says so (the explorer's tests are skipped with the same reason).
set -uo pipefail
cd "$(dirname "$0")/.."
lock=third_party/npm.lock
dest=third_party/npm
missing=0
while read -r name version file integrity; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  dir="$dest/$name"
  if [[ -f "$dir/$(basename "$file")" && "$(cat "$dir/VERSION" 2>/dev/null)" == "$version $integrity" ]]; then continue; fi
  if ! command -v npm >/dev/null; then
    echo "fetch_js: npm is not installed: the explorer is left out (apt-get install npm)" >&2
    exit 0
  fi
  work="$(mktemp -d)"
  if ! (cd "$work" && npm pack --silent "$name@$version" >/dev/null 2>"$work/err"); then
    echo "fetch_js: could not fetch $name@$version from the npm registry: the explorer is left out" >&2
    sed 's/^/  /' "$work/err" | tail -n 3 >&2
    rm -rf "$work"
    missing=1
    continue
  fi
  tarball="$work/$name-$version.tgz"
  got="sha512-$(python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$tarball")"
  if [[ "$got" != "$integrity" ]]; then
    echo "fetch_js: $name@$version has SHA-512 $got, the lock says $integrity: refused" >&2
    rm -rf "$work"
    missing=1
    continue
  fi
  tar -xzf "$tarball" -C "$work"
  licence="$(ls "$work/package" | grep -iE '^licen[cs]e' | head -n 1)"
  rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
  cp "$work/package/$file" "$dir.tmp/" && cp "$work/package/$licence" "$dir.tmp/LICENSE" &&
    echo "$version $integrity" >"$dir.tmp/VERSION" && rm -rf "$dir" && mv "$dir.tmp" "$dir"
  rm -rf "$work"
  echo "fetch_js: $name@$version" >&2
done <"$lock"
((missing)) && echo "fetch_js: the explorer is left out until the libraries above are fetched (scripts/fetch_js.sh)" >&2
exit 0
