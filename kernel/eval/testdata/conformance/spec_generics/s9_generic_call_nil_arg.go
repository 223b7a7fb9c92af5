package main

import (
	"crypto/hkdf"
	"crypto/sha256"
	"fmt"
	"slices"
)

// A call of a generic function with an untyped nil argument, whose result
// defines a variable (in split mode, a cell's top-level variable).

func count[T any](x T, extra []byte) int { return len(extra) }

func first[T any](xs []T, def T) T {
	if len(xs) == 0 {
		return def
	}
	return xs[0]
}

func main() {
	n := count(1, nil)
	key, err := hkdf.Key(sha256.New, []byte("secret"), nil, "info", 4)
	p := first[*int](nil, nil)
	idx := slices.Index([]error{nil}, nil)
	fmt.Println(n, len(key), err, p == nil, idx)
}
