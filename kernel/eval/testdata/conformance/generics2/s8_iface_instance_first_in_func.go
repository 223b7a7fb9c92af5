package main

import (
	"fmt"
	"sort"
)

// A generic interface and the instances of the types that implement it
// made first inside generic funcs (the caller never names them).

type Keyed[K comparable] interface{ Key() K }

type User struct {
	ID   int
	Name string
}

func (u User) Key() int { return u.ID }

type Tag string

func (t Tag) Key() string { return string(t) }

type Index[K comparable, V Keyed[K]] struct{ m map[K]V }

func (ix *Index[K, V]) Put(v V) {
	if ix.m == nil {
		ix.m = map[K]V{}
	}
	ix.m[v.Key()] = v
}

func (ix *Index[K, V]) Len() int { return len(ix.m) }

func Build[K comparable, V Keyed[K]](vs ...V) *Index[K, V] {
	ix := &Index[K, V]{}
	for _, v := range vs {
		ix.Put(v)
	}
	return ix
}

func Keys[K comparable, V Keyed[K]](ix *Index[K, V]) []K {
	var ks []K
	for k := range ix.m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	users := Build[int](User{1, "ann"}, User{2, "bob"}, User{1, "ann2"})
	ks := Keys(users)
	sort.Ints(ks)
	fmt.Println(users.Len(), ks, users.m[1].Name)
	tags := Build[string](Tag("go"), Tag("json"), Tag("go"))
	ts := Keys(tags)
	sort.Strings(ts)
	fmt.Printf("%d %v %T\n", tags.Len(), ts, tags)
}
