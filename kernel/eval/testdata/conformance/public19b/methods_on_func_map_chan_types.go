package main

import (
	"fmt"
	"sort"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(req string) string { return "[" + f(req) + "]" }

type Handler interface{ Serve(string) string }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Set map[string]struct{}

func (s Set) Add(items ...string) Set {
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}
func (s Set) Has(x string) bool { _, ok := s[x]; return ok }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
func (s *Set) Reset() { *s = Set{} }

type Pipe chan int

func (p Pipe) SendAll(xs ...int) {
	for _, x := range xs {
		p <- x
	}
	close(p)
}
func (p Pipe) Sum() (t int) {
	for x := range p {
		t += x
	}
	return
}

type Counter int

func (c *Counter) Inc() Counter   { *c++; return *c }
func (c Counter) Double() Counter { return c * 2 }

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }
func (p Path) Parent() Path {
	if len(p) == 0 {
		return p
	}
	return p[:len(p)-1]
}

func main() {
	upper := HandlerFunc(strings.ToUpper)
	fmt.Println(upper.Serve("hi"))
	logm := func(tag string) Middleware {
		return func(next Handler) Handler {
			return HandlerFunc(func(r string) string { return tag + "(" + next.Serve(r) + ")" })
		}
	}
	h := Chain(upper, logm("a"), logm("b"))
	fmt.Println(h.Serve("req"))
	s := Set{}.Add("x", "y")
	s.Add("z")
	fmt.Println(s.Has("y"), s.Has("q"), s.Sorted(), len(s))
	s2 := s
	s.Reset()
	fmt.Println(len(s), len(s2))
	p := make(Pipe, 5)
	go p.SendAll(1, 2, 3, 4)
	fmt.Println(p.Sum())
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c, c.Double(), c)
	inc := c.Inc
	inc()
	fmt.Println(c)
	dbl := c.Double
	c = 100
	fmt.Println(dbl(), c.Double())
	var path Path
	path.Push("usr")
	path.Push("local")
	path.Push("bin")
	fmt.Println(path, path.Parent(), path.Parent().Parent().Parent().Parent())
	fmt.Printf("%v %s %d\n", path, path, len(path))
	ps := []Path{{"a"}, {"b", "c"}}
	fmt.Println(ps)
	fns := map[string]HandlerFunc{"up": strings.ToUpper, "low": strings.ToLower}
	keys := make([]string, 0)
	for k := range fns {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(fns[k].Serve("MiXeD"), " ")
	}
	fmt.Println()
	var hs []Handler
	for _, f := range []HandlerFunc{strings.TrimSpace, strings.Title} {
		hs = append(hs, f)
	}
	for _, h := range hs {
		fmt.Print(h.Serve("  go lang "), ";")
	}
	fmt.Println()
	var nilH HandlerFunc
	fmt.Println(nilH == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilH.Serve("x")
	}()
}
