package main

import (
	"fmt"
	"strings"
	"unique"
)

type point struct{ X, Y int }

func main() {
	a := unique.Make("hello")
	b := unique.Make(strings.ToLower("HELLO"))
	c := unique.Make("world")
	fmt.Println(a == b, a == c, a.Value(), c.Value())
	p1 := unique.Make(point{1, 2})
	p2 := unique.Make(point{1, 2})
	fmt.Println(p1 == p2, p1.Value())
	set := map[unique.Handle[string]]int{}
	for _, w := range strings.Fields("a b a c b a") {
		set[unique.Make(w)]++
	}
	fmt.Println(set[unique.Make("a")], set[unique.Make("b")], set[unique.Make("c")], len(set))
}
