package main

import (
	"fmt"
	"strings"
)

// The results of a call of a func-typed struct field, declared with :=
// or var at the top level of main (a cell's top level in split mode):
// they were zeros.

type Hooks struct {
	split func(string) (string, string, bool)
	pair  func(...int) (int, int)
}

var hooks = Hooks{
	split: func(s string) (string, string, bool) { return strings.Cut(s, "=") },
	pair:  func(xs ...int) (int, int) { return len(xs), 4 },
}

var gk, gv, gok = hooks.split("pkg=level")

func main() {
	fmt.Println(gk, gv, gok)
	k, v, ok := hooks.split("k=v")
	fmt.Println(k, v, ok)
	n, m := hooks.pair([]int{1, 2}...)
	fmt.Println(n, m)
	f := hooks.split
	a, b, ok2 := f("p=q")
	fmt.Println(a, b, ok2)
	var p, q = hooks.pair(1)
	fmt.Println(p, q)
}
