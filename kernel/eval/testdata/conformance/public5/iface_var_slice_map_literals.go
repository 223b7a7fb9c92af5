package main

import (
	"fmt"
	"sort"
	"strings"
)

type Renderer interface{ Render() string }

type Words []string

func (w Words) Render() string { return strings.Join(w, " ") }

type Attrs map[string]string

func (a Attrs) Render() string {
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+"="+a[k])
	}
	return strings.Join(parts, ",")
}

type Triple [3]int

func (t Triple) Render() string { return fmt.Sprint(t[0] + t[1] + t[2]) }

type Group []Renderer

func (g Group) Render() string {
	out := make([]string, len(g))
	for i, r := range g {
		out[i] = "(" + r.Render() + ")"
	}
	return strings.Join(out, "")
}

func main() {
	var r Renderer = Words{"hello", "world"}
	fmt.Println(r.Render())
	var a Renderer = Attrs{"b": "2", "a": "1"}
	fmt.Println(a.Render())
	var t Renderer = Triple{1, 2, 3}
	fmt.Println(t.Render())
	var g Renderer = Group{Words{"x"}, Attrs{"k": "v"}, Triple{4}, Group{Words{"nested"}}}
	fmt.Println(g.Render())
	var any1 any = Words{"as", "any"}
	fmt.Println(any1.(Renderer).Render(), fmt.Sprintf("%T", any1))
	r = Attrs{}
	fmt.Printf("%q %T\n", r.Render(), r)
	var s fmt.Stringer
	_ = s
	rs := []Renderer{Words{"a"}, Triple{}}
	rs[1] = Words{"replaced"}
	fmt.Println(Group(rs).Render())
}
