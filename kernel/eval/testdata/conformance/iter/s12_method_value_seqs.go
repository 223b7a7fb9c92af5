package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Inventory struct {
	items map[string]int
	order []string
}

func (inv *Inventory) Add(name string, n int) {
	if _, ok := inv.items[name]; !ok {
		inv.order = append(inv.order, name)
	}
	inv.items[name] += n
}

func (inv *Inventory) All() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, n := range inv.order {
			if !yield(n, inv.items[n]) {
				return
			}
		}
	}
}

func (inv *Inventory) Names() iter.Seq[string] {
	return func(yield func(string) bool) {
		for n := range inv.All() {
			if !yield(n) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	inv := &Inventory{items: map[string]int{}}
	for _, s := range strings.Fields("apple pear apple fig pear apple") {
		inv.Add(s, 1)
	}
	for name, n := range inv.All() {
		fmt.Print(name, "=", n, " ")
	}
	fmt.Println()
	names := inv.Names
	fmt.Println(slices.Collect(names()), slices.Collect(Take(inv.Names(), 2)))
	m := maps.Collect(inv.All())
	fmt.Println(m)
	all := inv.All()
	next, stop := iter.Pull2(all)
	k, v, ok := next()
	fmt.Println(k, v, ok)
	stop()
	_, _, ok = next()
	fmt.Println(ok)
	upper := func(yield func(string) bool) {
		for n := range inv.Names() {
			if !yield(strings.ToUpper(n)) {
				return
			}
		}
	}
	fmt.Println(slices.Collect(Take(upper, 5)), slices.Sorted(iter.Seq[string](upper)))
}
