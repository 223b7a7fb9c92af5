package main

import (
	"cmp"
	"crypto/hkdf"
	"crypto/sha256"
	"fmt"
	"slices"
)

// A local name that is also the name of a package used by a generic
// function's constraints (hash in hash.Hash, cmp in cmp.Ordered) does not
// change the instantiation: constraints are resolved where the generic
// function is declared.

func main() {
	hash := sha256.New
	key, err := hkdf.Key(hash, []byte("secret"), []byte("salt"), "info", 8)
	fmt.Printf("%x %v\n", key, err)

	xs := []int{3, 1, 2}
	cmp := func(a, b int) int { return b - a }
	slices.Sort(xs)
	fmt.Println(xs, slices.Max(xs))
	slices.SortFunc(xs, cmp)
	fmt.Println(xs)
}

var _ = cmp.Compare[int]
