package main

import "fmt"

var hook func()

var hooks []func()

func register(f func()) { hooks = append(hooks, f) }

// A closure stored in a global, directly, through a copy or by the func it
// is passed to, escapes with the slices it reads.
func main() {
	var a []int
	a = append(a, 1)
	show := func() { fmt.Println("a", len(a), cap(a)) }
	r := show
	hook = r
	hook()
	var b []int
	b = append(b, 1)
	register(func() { fmt.Println("b", len(b), cap(b)) })
	hooks[0]()
}
