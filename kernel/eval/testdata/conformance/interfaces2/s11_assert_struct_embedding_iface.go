package main

import (
	"fmt"
	"sort"
)

// A struct embedding an interface has the interface's methods: asserting
// an interface value to that struct type (or a pointer to it) is possible.

type Store interface {
	Get(string) string
	Keys() []string
}

type mem map[string]string

func (m mem) Get(k string) string { return m[k] }
func (m mem) Keys() []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// prefixed overrides Get only; Keys is promoted from the embedded Store.
type prefixed struct {
	Store
	prefix string
}

func (p prefixed) Get(k string) string { return p.Store.Get(p.prefix + k) }

// counting overrides Get with a pointer receiver.
type counting struct {
	Store
	n int
}

func (c *counting) Get(k string) string { c.n++; return c.Store.Get(k) }

// bare embeds the interface and declares nothing.
type bare struct{ Store }

func main() {
	base := mem{"p/a": "1", "b": "2"}
	var s Store = prefixed{base, "p/"}
	if p, ok := s.(prefixed); ok {
		fmt.Println(p.prefix, p.Get("a"), p.Keys())
	}
	_, isBare := s.(bare)
	fmt.Println(isBare)

	stores := []Store{s, &counting{Store: base}, bare{base}, base}
	for _, st := range stores {
		switch v := st.(type) {
		case prefixed:
			fmt.Println("prefixed", v.Get("a"))
		case *counting:
			v.Get("b")
			fmt.Println("counting", v.Get("b"), v.n)
		case bare:
			fmt.Println("bare", v.Get("b"), len(v.Keys()))
		default:
			fmt.Printf("other %T\n", v)
		}
	}
}
