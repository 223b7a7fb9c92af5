#!/bin/sh
# Builds gophernotes (github.com/gopherdata/gophernotes, the Go kernel on
# the gomacro interpreter) for the comparison row of `make bench`, into the
# file given (default bin/gophernotes): a small script that runs the real
# binary, OUT.bin, with the setting it needs.
#
# Its latest release, v0.7.5 (2022), does not run when built with the Go of
# go.mod: its gomacro cannot import packages with type parameters (a panic at
# start), and `go install ...@latest` fails because the module proxy lists no
# version of it. So this takes v0.7.5 by its exact version and builds it with
# gomacro's last commit (2024-05-06, which imports type parameters),
# golang.org/x/tools v0.52.0 (the older one gomacro asks for does not compile
# with this Go), a one-line fix of its display package's JSONer proxy (its
# JSON method returns a map, the proxy still said string; the newer gomacro
# checks it), and GODEBUG=gotypesalias=0 at run time (gomacro knows no
# types.Alias). Nothing of it is kept in this repository.
set -eu
out=${1:-bin/gophernotes}
case $out in /*) ;; *) out=$PWD/$out ;; esac
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dir=$(GOFLAGS=-mod=mod go mod download -json github.com/gopherdata/gophernotes@v0.7.5 |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -n "$dir" ] || { echo "gophernotes.sh: the module proxy did not give gophernotes v0.7.5" >&2; exit 1; }
cp -R "$dir" "$tmp/src"
chmod -R u+w "$tmp/src"
cd "$tmp/src"
GOFLAGS=-mod=mod go get github.com/cosmos72/gomacro@v0.0.0-20240506194242-2ff796e3da10 golang.org/x/tools@v0.52.0
sed -i -e 's/JSON_  func(interface{}) string$/JSON_  func(interface{}) map[string]interface{}/' \
	-e 's/^func (P \*proxy_JSONer) JSON() string {$/func (P *proxy_JSONer) JSON() map[string]interface{} {/' x_package.go
grep -q 'JSON() map\[string\]interface{} {' x_package.go || { echo "gophernotes.sh: the JSONer proxy fix did not apply" >&2; exit 1; }
GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -o "$out.bin" .
printf '#!/bin/sh\nGODEBUG=gotypesalias=0 exec "%s" "$@"\n' "$out.bin" >"$out"
chmod +x "$out"
echo "built $out (gophernotes v0.7.5, see bench/gophernotes.sh)"
