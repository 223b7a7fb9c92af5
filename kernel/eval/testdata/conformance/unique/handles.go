package main

import (
	"fmt"
	"strings"
	"unique"
)

type key struct {
	a string
	b int
}

func main() {
	h1 := unique.Make("hello")
	h2 := unique.Make(strings.ToLower("HELLO"))
	h3 := unique.Make("world")
	fmt.Println(h1 == h2, h1 == h3, h1.Value(), h3.Value())
	k1 := unique.Make(key{"x", 1})
	k2 := unique.Make(key{"x", 1})
	fmt.Println(k1 == k2, k1.Value().b)
}
