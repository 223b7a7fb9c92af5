package main

import (
	"fmt"
	"sort"
	"sync"
)

type Plugin interface {
	Name() string
	Run(input string) string
}

type upper struct{}
type rev struct{ count *int }
type wrap struct{ l, r string }

func (upper) Name() string { return "upper" }
func (upper) Run(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}
func (r rev) Name() string { return "rev" }
func (r rev) Run(s string) string {
	*r.count++
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}
func (w *wrap) Name() string        { return "wrap" }
func (w *wrap) Run(s string) string { return w.l + s + w.r }

var registry sync.Map

func register(p Plugin) {
	if _, loaded := registry.LoadOrStore(p.Name(), p); loaded {
		fmt.Println("duplicate", p.Name())
	}
}

func main() {
	n := 0
	var wg sync.WaitGroup
	for _, p := range []Plugin{upper{}, rev{&n}, &wrap{"[", "]"}} {
		wg.Add(1)
		go func() { defer wg.Done(); register(p) }()
	}
	wg.Wait()
	register(upper{})
	var names []string
	registry.Range(func(k, v any) bool {
		names = append(names, k.(string))
		return true
	})
	sort.Strings(names)
	s := "hello"
	for _, name := range names {
		v, _ := registry.Load(name)
		s = v.(Plugin).Run(s)
		fmt.Println(name, s)
	}
	fmt.Println("rev calls", n)
	v, ok := registry.LoadAndDelete("wrap")
	fmt.Printf("%T %v\n", v, ok)
	_, ok = registry.Load("wrap")
	fmt.Println(ok)
	prev, loaded := registry.Swap("upper", &wrap{"<", ">"})
	fmt.Printf("%T %v\n", prev, loaded)
	cur, _ := registry.Load("upper")
	fmt.Println(cur.(Plugin).Run("x"), registry.CompareAndDelete("upper", cur))
	registry.Clear()
	count := 0
	registry.Range(func(_, _ any) bool { count++; return true })
	fmt.Println(count)
}
