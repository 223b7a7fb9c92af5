package main

import "fmt"

// genIter: range over functions (iter.Seq, iter.Seq2, push iterators of
// generic types, slices and maps helpers, iter.Pull) with break, continue,
// labelled jumps out of nested loops, return from inside the loop body,
// defers in the body, and the iterator's own defers.
func genIter(g *gen) {
	g.p(`package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

var log []string

var _, _ = slices.Collect[int], maps.Keys[map[string]int]

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { log = append(log, fmt.Sprint("count done ", n)) }()
		for i := range n {
			if !yield(i) {
				log = append(log, fmt.Sprint("count stopped at ", i))
				return
			}
		}
	}
}

func pairs(xs ...string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i*10, x) {
				return
			}
		}
	}
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.push(yield) }
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func insert[T interface{ ~int | ~string }](t *Tree[T], v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func find(n, want int) (at int, found bool) {
	defer func() { log = append(log, fmt.Sprint("find returns ", at, found)) }()
	for i := range count(n) {
		defer func() { log = append(log, fmt.Sprint("body defer ", i)) }()
		if i == want {
			return i, true
		}
	}
	return -1, false
}

func main() {
	var tr *Tree[int]`)
	g.p("\tfor _, v := range []int{%s} {\n\t\ttr = insert(tr, v)\n\t}", g.ints(g.in(0, 7), -9, 9))
	g.p("\tm := map[string]int{%q: 1, %q: 2, %q: 3}", "a", "b", fmt.Sprint("c", g.n(9)))
	for k := range 20 {
		n := g.in(0, 6)
		stop := g.in(0, 6)
		switch c := g.r.Float64(); {
		case c < 0.15:
			g.p("\tfor i := range count(%d) {\n\t\tif i == %d {\n\t\t\t%s\n\t\t}\n\t\tfmt.Print(i, \" \")\n\t}\n\tfmt.Println(%d)", n, stop, g.pick("break", "continue"), k)
		case c < 0.3:
			g.p("\tfmt.Println(%d, fmt.Sprint(find(%d, %d)))", k, n, stop)
		case c < 0.42:
			g.p("outer%d:\n\tfor i := range count(%d) {\n\t\tfor j, s := range pairs(\"x\", \"y\", \"z\") {\n\t\t\tif i+j/10 == %d {\n\t\t\t\t%s outer%d\n\t\t\t}\n\t\t\tfmt.Print(i, j, s, \" \")\n\t\t}\n\t}\n\tfmt.Println(%d)", k, n, stop, g.pick("break", "continue"), k, k)
		case c < 0.54:
			g.p("\t{\n\t\tvar got []int\n\t\tfor v := range filter(tr.All(), func(v int) bool { return v%%%d != 0 }) {\n\t\t\tif len(got) == %d {\n\t\t\t\tbreak\n\t\t\t}\n\t\t\tgot = append(got, v)\n\t\t}\n\t\tfmt.Println(%d, got, slices.Collect(tr.All()))\n\t}", g.in(2, 3), stop, k)
		case c < 0.64:
			g.p("\tfor _, key := range slices.Sorted(maps.Keys(m)) {\n\t\tm[key] += %d\n\t}\n\tfmt.Println(%d, m, slices.Collect(maps.Values(map[int]int{1: %d})))", g.in(-2, 2), k, g.n(9))
		case c < 0.74:
			g.p("\t{\n\t\tnext, stop := iter.Pull(count(%d))\n\t\tfor range %d {\n\t\t\tv, ok := next()\n\t\t\tfmt.Print(v, ok, \" \")\n\t\t}\n\t\tstop()\n\t\tv, ok := next()\n\t\tfmt.Println(%d, v, ok)\n\t}", n, stop, k)
		case c < 0.84:
			g.p("\tfor i, v := range slices.Backward([]string{\"p\", \"q\", \"r\"}) {\n\t\tfmt.Print(i, v)\n\t}\n\tfor i, v := range slices.All([]int{%s}) {\n\t\tfmt.Print(\" \", i, \":\", v)\n\t}\n\tfmt.Println(%d)", g.ints(n, -5, 5), k)
		default:
			g.p("\tfunc() {\n\t\tdefer func() {\n\t\t\tfmt.Println(%d, \"recovered\", recover())\n\t\t}()\n\t\tfor i := range count(%d) {\n\t\t\tif i == %d {\n\t\t\t\tpanic(fmt.Sprint(\"in body \", i))\n\t\t\t}\n\t\t}\n\t}()", k, n, stop)
		}
	}
	g.p("\t_ = m")
	g.p("\tfor _, l := range log {\n\t\tfmt.Println(l)\n\t}\n}")
}
