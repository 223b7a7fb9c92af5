// Package generic holds the declarations of standard library packages that a
// symbol table of compiled code cannot hold (generic functions and types,
// constraint interfaces), as source compiled by the interpreter on first use
// of each package (see interp.binSrcPkg). gonotes patch: was the source of
// cmp, maps and slices for Go 1.21 and 1.22, compiled at every start.
package generic

import (
	"embed"
	"io/fs"
)

// The go1_N.go.txt files are copied from the sources of the toolchain in use
// by gengeneric; the other *.go.txt files are hand-written replacements of
// declarations that the interpreter cannot compile (see gengeneric).
//go:generate go run ../../internal/cmd/gengeneric -o src cmp crypto/hkdf crypto/pbkdf2 database/sql errors hash/maphash iter maps math/rand/v2 reflect runtime slices sync sync/atomic unique weak

// FS holds the sources by import path: src/<path>/*.go.txt.
//
//go:embed src
var src embed.FS

// FS is src with its "src" directory as root.
var FS, _ = fs.Sub(src, "src")
