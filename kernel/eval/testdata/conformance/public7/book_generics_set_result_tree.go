package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if _, ok := o[k]; ok {
			r[k] = struct{}{}
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(def T) T {
	if r.Err != nil {
		return def
	}
	return r.Val
}

type Tree[K any, V any] struct {
	cmp  func(a, b K) int
	root *node[K, V]
	size int
}

type node[K any, V any] struct {
	k           K
	v           V
	left, right *node[K, V]
}

func NewTree[K any, V any](c func(a, b K) int) *Tree[K, V] { return &Tree[K, V]{cmp: c} }

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := t.cmp(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &node[K, V]{k: k, v: v}
	t.size++
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.k, n.v) && walk(n.right))
		}
		walk(t.root)
	}
}

type Pipeline[T any] []func(T) T

func (p Pipeline[T]) Run(v T) T {
	for _, f := range p {
		v = f(v)
	}
	return v
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	a, b := SetOf(1, 2, 3, 4), SetOf(3, 4, 5)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), len(SetOf[string]()))
	words := SetOf(strings.Fields("to be or not to be")...)
	fmt.Println(Sorted(words))
	r1 := Try(func() (int, error) { return 42, nil })
	r2 := Try(func() (int, error) { return 0, errors.New("nope") })
	fmt.Println(r1.OrElse(-1), r2.OrElse(-1), r2.Err)
	t := NewTree[string, int](strings.Compare)
	for i, w := range strings.Fields("pear apple fig apple kiwi") {
		t.Put(w, i)
	}
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println(t.size)
	byLen := NewTree[string, bool](func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b)) })
	for _, w := range []string{"ccc", "a", "bb", "aa"} {
		byLen.Put(w, true)
	}
	var keys []string
	for k := range byLen.All() {
		keys = append(keys, k)
		if len(keys) == 3 {
			break
		}
	}
	fmt.Println(keys)
	p := Pipeline[string]{strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" }}
	fmt.Println(p.Run("  go  "))
	fmt.Println(Must(fmt.Sprint("ok"), nil))
	func() {
		defer func() { fmt.Println("must panicked:", recover()) }()
		Must(0, errors.New("bad"))
	}()
	pairs := []struct {
		K string
		V int
	}{{"b", 2}, {"a", 2}, {"c", 1}}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].V > pairs[j].V })
	fmt.Println(pairs)
}
