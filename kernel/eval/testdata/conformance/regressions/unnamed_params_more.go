package main

// More unnamed parameters: methods called by compiled code (sort.Sort,
// fmt.Fprintf), a func field, a generic function, an interface method and
// a method value, recursion, callbacks of strings, closures in a loop.

import (
	"fmt"
	"sort"
	"strings"
)

type X []int

func (s X) Len() int           { return len(s) }
func (s X) Less(i, _ int) bool { return s[i] < 0 }
func (X) Swap(int, int)        {}

type W struct{ n int }

func (w *W) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

type H struct{ f func(string, int) string }

func gen[T any](T, int) int { return 12 }

type I interface{ Do(int, string) string }

type D struct{ k string }

func (d D) Do(_ int, s string) string { return d.k + s }

func rec(n int, _ string) int {
	if n == 0 {
		return 0
	}
	return 1 + rec(n-1, "")
}

func main() {
	x := X{3, 1, 2}
	sort.Sort(x)
	fmt.Println(x)
	w := &W{}
	fmt.Fprintf(w, "abc%d", 1)
	fmt.Println(w.n)
	h := H{f: func(string, int) string { return "field" }}
	fmt.Println(h.f("a", 1))
	fmt.Println(gen("s", 1), gen[int](1, 2))
	var i I = D{"k"}
	fmt.Println(i.Do(1, "v"))
	mv := D{"m"}.Do
	fmt.Println(mv(2, "w"))
	fmt.Println(rec(3, "x"))
	fmt.Println(strings.Map(func(rune) rune { return 'z' }, "abc"))
	fmt.Println(strings.IndexFunc("abc", func(rune) bool { return true }))
	var fs []func(int) int
	for k := 0; k < 3; k++ {
		fs = append(fs, func(int) int { return k })
	}
	fmt.Println(fs[0](9), fs[2](9))
}
