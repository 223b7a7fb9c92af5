package main

import (
	"fmt"
	"strings"
	"unique"
)

type Key struct {
	Host string
	Port int
}

func main() {
	a := unique.Make("hello")
	b := unique.Make(strings.ToLower("HELLO"))
	c := unique.Make("world")
	fmt.Println(a == b, a == c, a.Value(), c.Value())
	k1 := unique.Make(Key{"localhost", 80})
	k2 := unique.Make(Key{"local" + "host", 40 * 2})
	fmt.Println(k1 == k2, k1.Value().Port)
	seen := map[unique.Handle[string]]int{}
	for _, w := range strings.Fields("go is fun and go is fast") {
		seen[unique.Make(w)]++
	}
	fmt.Println(seen[unique.Make("go")], seen[unique.Make("fast")], len(seen))
	var zero unique.Handle[int]
	fmt.Println(zero == unique.Handle[int]{})
}
