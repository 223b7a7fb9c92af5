package main

import (
	"fmt"
	"unique"
)

type key struct {
	region string
	id     int
}

func main() {
	h1 := unique.Make("hello")
	h2 := unique.Make("hel" + "lo")
	h3 := unique.Make("world")
	fmt.Println(h1 == h2, h1 == h3, h1.Value())
	k1 := unique.Make(key{"eu", 1})
	k2 := unique.Make(key{"eu", 1})
	fmt.Println(k1 == k2, k1.Value().region)
	m := map[unique.Handle[string]]int{}
	for _, s := range []string{"a", "b", "a", "c", "a"} {
		m[unique.Make(s)]++
	}
	fmt.Println(m[unique.Make("a")], len(m))
}
