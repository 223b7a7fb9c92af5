package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(string) string
type Middleware func(Handler) Handler

func (h Handler) Then(m Middleware) Handler { return m(h) }

type Greeter struct{ prefix string }

func (g Greeter) Greet(s string) string { return g.prefix + s }

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	g := Greeter{"hello "}
	h := Handler(g.Greet)
	upper := Middleware(func(next Handler) Handler {
		return func(s string) string { return strings.ToUpper(next(s)) }
	})
	exclaim := func(next Handler) Handler {
		return func(s string) string { return next(s) + "!" }
	}
	fmt.Println(h.Then(upper).Then(exclaim)("bob"))
	fmt.Println(chain(h, upper, exclaim)("amy"))
	fmt.Println(chain(Handler(strings.TrimSpace), exclaim)("  x  "))
	var hs = map[string]Handler{"g": g.Greet, "t": strings.ToTitle}
	keys := make([]string, 0)
	for k := range hs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, hs[k]("go"))
	}
	var nilH Handler
	fmt.Println(nilH == nil, fmt.Sprintf("%T", h))
	f := (func(string) string)(h)
	fmt.Println(f("raw"))
}
