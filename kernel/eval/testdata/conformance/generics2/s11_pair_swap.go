// Methods of generic types returning other instances of the same generic
// type (Pair[K, V].Swap returns Pair[V, K]), generic type aliases (Go
// 1.24), and instances nested in instances.
package main

import (
	"fmt"
	"sort"
)

type Pair[K, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[V, K]    { return Pair[V, K]{p.Val, p.Key} }
func (p Pair[K, V]) String() string      { return fmt.Sprintf("(%v, %v)", p.Key, p.Val) }
func (p Pair[K, V]) With(v V) Pair[K, V] { p.Val = v; return p }
func (p *Pair[K, V]) Ptr() *Pair[K, V]   { return p }

type Set[T comparable] = map[T]struct{}

type Entries[K comparable, V any] = []Pair[K, V]

func Entries_[K comparable, V any](m map[K]V, less func(a, b K) bool) Entries[K, V] {
	out := make(Entries[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, p.Swap(), p.Swap().Swap(), p.With(5), p.Ptr().Key)
	fmt.Printf("%v %T\n", Pair[Pair[string, int], int]{p, 1}, p.Swap())
	s := Set[string]{"x": {}}
	s["y"] = struct{}{}
	fmt.Println(len(s))
	es := Entries_(map[int]string{2: "b", 1: "a"}, func(a, b int) bool { return a < b })
	fmt.Println(es, len(es))
	var anyP any = p.Swap()
	if q, ok := anyP.(Pair[int, string]); ok {
		fmt.Println("swapped:", q.Key, q)
	}
}
