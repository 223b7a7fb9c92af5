package main

import (
	"fmt"
	"slices"
	"strings"
)

type Counter struct{ n int }

func (c Counter) Get() int             { return c.n }
func (c *Counter) Add(d int)           { c.n += d }
func (c Counter) Scale(k int) int      { return c.n * k }
func (c Counter) Name(p string) string { return p + fmt.Sprint(c.n) }

type Namer interface{ Name(string) string }

// Package variables initialised with method expressions, beside one
// initialised by a generic function of the standard library.
var (
	get    = Counter.Get
	add    = (*Counter).Add
	scale  = Counter.Scale
	name   = Namer.Name
	first  = slices.Index([]string{"b", "a"}, "a")
	joined = strings.Join(slices.Sorted(slices.Values([]string{"y", "x"})), ",")
)

func main() {
	c := Counter{2}
	add(&c, 5)
	fmt.Println(get(c), scale(c, 3), name(c, "n="), first, joined)
	fmt.Printf("%T\n%T\n%T\n", get, add, name)
	fs := []func(Counter, int) int{scale, Counter.Scale}
	for _, f := range fs {
		fmt.Print(f(c, 2), " ")
	}
	fmt.Println()
}
