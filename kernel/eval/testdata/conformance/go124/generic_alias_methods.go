package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v:%v", p.Key, p.Val) }

func (p *Pair[K, V]) SetVal(v V) { p.Val = v }

type Entry[V any] = Pair[string, V]

type Entries[V any] = []Entry[V]

type Lookup[K comparable] = func(K) (int, bool)

func Find[V any](es Entries[V], key string) (Entry[V], bool) {
	for _, e := range es {
		if e.Key == key {
			return e, true
		}
	}
	return Entry[V]{}, false
}

func main() {
	es := Entries[int]{{"a", 1}, {"b", 2}}
	e, ok := Find(es, "b")
	fmt.Println(e, ok)
	e.SetVal(20)
	fmt.Println(e.String(), e.Val)
	var p Pair[string, int] = e
	fmt.Printf("%v %T %T\n", p, e, es)
	var l Lookup[string] = func(s string) (int, bool) { return len(s), s != "" }
	n, ok := l("abc")
	fmt.Println(n, ok)
}
