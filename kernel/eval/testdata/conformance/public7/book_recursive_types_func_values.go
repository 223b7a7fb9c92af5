package main

import (
	"fmt"
	"sort"
	"strings"
)

// A tree of directories as a recursive map type.
type Dir map[string]Dir

func (d Dir) Add(path string) {
	cur := d
	for _, p := range strings.Split(path, "/") {
		next, ok := cur[p]
		if !ok {
			next = Dir{}
			cur[p] = next
		}
		cur = next
	}
}

func (d Dir) Print(indent string) {
	names := make([]string, 0, len(d))
	for n := range d {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(indent + n)
		d[n].Print(indent + "  ")
	}
}

// A state function returns the next state function.
type stateFn func(*lexer) stateFn

type lexer struct {
	input string
	pos   int
	out   []string
}

func lexText(l *lexer) stateFn {
	for l.pos < len(l.input) {
		if l.input[l.pos] >= '0' && l.input[l.pos] <= '9' {
			return lexNumber
		}
		l.pos++
	}
	return nil
}

func lexNumber(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] >= '0' && l.input[l.pos] <= '9' {
		l.pos++
	}
	l.out = append(l.out, l.input[start:l.pos])
	return lexText
}

// Church-style numerals with a self-referential func type.
type F func(F) F

type Op func(float64, float64) float64

func (o Op) Apply(a, b float64) float64 { return o(a, b) }

type Visitor interface{ Visit(n int) Visitor }
type depthVisitor struct {
	depth int
	log   *[]string
}

func (v depthVisitor) Visit(n int) Visitor {
	*v.log = append(*v.log, fmt.Sprintf("%s%d", strings.Repeat(".", v.depth), n))
	if n <= 1 {
		return nil
	}
	return depthVisitor{v.depth + 1, v.log}
}

func walk(v Visitor, n int) {
	if v = v.Visit(n); v == nil {
		return
	}
	walk(v, n/2)
	walk(v, n-1-n/2)
}

func main() {
	root := Dir{}
	for _, p := range []string{"usr/bin/go", "usr/lib", "etc/hosts", "usr/bin/gofmt", "etc/ssl/certs"} {
		root.Add(p)
	}
	root.Print("")
	fmt.Println(len(root["usr"]["bin"]), root["nope"] == nil, len(root["nope"]["x"]))

	l := &lexer{input: "a12 b345c6 77"}
	for state := stateFn(lexText); state != nil; {
		state = state(l)
	}
	fmt.Println(l.out)

	var id F = func(f F) F { return f }
	self := func(f F) F { return f(f) }
	fmt.Println(self(id) != nil)

	ops := map[string]Op{
		"+": func(a, b float64) float64 { return a + b },
		"^": func(a, b float64) float64 {
			r := 1.0
			for i := 0; i < int(b); i++ {
				r *= a
			}
			return r
		},
	}
	keys := []string{"^", "+"}
	for _, k := range keys {
		fmt.Println(k, ops[k].Apply(2, 10), ops[k](3, 3))
	}
	var log []string
	walk(depthVisitor{log: &log}, 6)
	fmt.Println(strings.Join(log, " "))
	fs := [3]func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 2 }}
	fs[2] = func(x int) int { return fs[0](fs[1](x)) }
	fmt.Println(fs[2](5), fs[0] != nil)
}
