package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Plugin interface {
	Name() string
	Exec(string) string
}

type upper struct{}

func (upper) Name() string         { return "upper" }
func (upper) Exec(s string) string { return strings.ToUpper(s) }

type repeat struct{ n int }

func (r repeat) Name() string         { return fmt.Sprintf("repeat%d", r.n) }
func (r repeat) Exec(s string) string { return strings.Repeat(s, r.n) }

type prefix string

func (p prefix) Name() string         { return "prefix" }
func (p prefix) Exec(s string) string { return string(p) + s }

type Registry map[string]Plugin

func (r Registry) Register(p Plugin) { r[p.Name()] = p }

func (r Registry) Pipeline(names ...string) func(string) string {
	return func(s string) string {
		for _, n := range names {
			if p, ok := r[n]; ok {
				s = p.Exec(s)
			}
		}
		return s
	}
}

func main() {
	r := Registry{}
	for _, p := range []Plugin{upper{}, repeat{2}, prefix(">> ")} {
		r.Register(p)
	}
	fmt.Println(slices.Sorted(maps.Keys(r)))
	fmt.Println(r.Pipeline("upper", "repeat2", "prefix")("go"))
	fmt.Println(r.Pipeline("prefix", "missing", "upper")("x"))
	c := maps.Clone(r)
	delete(c, "upper")
	fmt.Println(len(r), len(c))
	maps.DeleteFunc(c, func(k string, p Plugin) bool { _, ok := p.(repeat); return ok })
	fmt.Println(slices.Sorted(maps.Keys(c)))
	eq := maps.EqualFunc(r, r, func(a, b Plugin) bool { return a.Name() == b.Name() })
	fmt.Println(eq, maps.Equal(map[string]Plugin{"p": prefix("a")}, map[string]Plugin{"p": prefix("a")}))
	var vals []string
	for _, p := range slices.SortedFunc(maps.Values(r), func(a, b Plugin) int { return strings.Compare(a.Name(), b.Name()) }) {
		vals = append(vals, p.Exec("ab"))
	}
	fmt.Println(vals)
}
