// F-bounded constraints (T interface{ Less(T) bool }), a generic sort and
// binary search over them, a Cloner[T] constraint, and %T of nested
// instances.
package main

import (
	"fmt"
	"strings"
)

type Lesser[T any] interface{ Less(T) bool }

type Version struct{ Major, Minor int }

func (v Version) Less(o Version) bool {
	return v.Major < o.Major || v.Major == o.Major && v.Minor < o.Minor
}

type Word string

func (w Word) Less(o Word) bool { return strings.ToLower(string(w)) < strings.ToLower(string(o)) }

func InsertionSort[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func MaxOf[T Lesser[T]](first T, rest ...T) T {
	m := first
	for _, r := range rest {
		if m.Less(r) {
			m = r
		}
	}
	return m
}

func Search[T Lesser[T]](xs []T, x T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := (lo + hi) / 2
		if xs[mid].Less(x) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && !x.Less(xs[lo])
}

type Cloner[T any] interface{ Clone() T }

type Doc struct{ Tags []string }

func (d *Doc) Clone() *Doc { return &Doc{Tags: append([]string(nil), d.Tags...)} }

func CloneAll[T Cloner[T]](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.Clone()
	}
	return out
}

type Pair[A, B any] struct {
	A A
	B B
}

func main() {
	vs := []Version{{1, 10}, {1, 2}, {0, 9}, {2, 0}}
	InsertionSort(vs)
	fmt.Println(vs)
	fmt.Println(Search(vs, Version{1, 10}))
	fmt.Println(Search(vs, Version{1, 5}))
	ws := []Word{"banana", "Apple", "cherry"}
	InsertionSort(ws)
	fmt.Println(ws, MaxOf[Word]("b", "C", "a"))
	docs := []*Doc{{Tags: []string{"x"}}}
	cp := CloneAll(docs)
	cp[0].Tags[0] = "changed"
	fmt.Println(docs[0].Tags, cp[0].Tags)
	fmt.Printf("%T\n", Pair[Pair[int, string], []Pair[bool, Version]]{})
	fmt.Printf("%T %v\n", map[string]Pair[int, *Doc]{}, Pair[Word, Version]{"w", Version{1, 2}})
}
