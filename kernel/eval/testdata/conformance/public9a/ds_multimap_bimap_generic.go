package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type MultiMap[K cmp.Ordered, V comparable] struct {
	m map[K][]V
}

func (mm *MultiMap[K, V]) Add(k K, vs ...V) {
	if mm.m == nil {
		mm.m = map[K][]V{}
	}
	for _, v := range vs {
		if !slices.Contains(mm.m[k], v) {
			mm.m[k] = append(mm.m[k], v)
		}
	}
}

func (mm *MultiMap[K, V]) Remove(k K, v V) bool {
	i := slices.Index(mm.m[k], v)
	if i < 0 {
		return false
	}
	mm.m[k] = slices.Delete(mm.m[k], i, i+1)
	if len(mm.m[k]) == 0 {
		delete(mm.m, k)
	}
	return true
}

func (mm *MultiMap[K, V]) Invert() map[V][]K {
	out := map[V][]K{}
	for _, k := range slices.Sorted(maps.Keys(mm.m)) {
		for _, v := range mm.m[k] {
			out[v] = append(out[v], k)
		}
	}
	return out
}

type BiMap[A, B comparable] struct {
	fwd map[A]B
	rev map[B]A
}

func NewBiMap[A, B comparable]() *BiMap[A, B] {
	return &BiMap[A, B]{map[A]B{}, map[B]A{}}
}

func (b *BiMap[A, B]) Put(a A, v B) error {
	if old, ok := b.rev[v]; ok && old != a {
		return fmt.Errorf("value %v already mapped from %v", v, old)
	}
	if oldV, ok := b.fwd[a]; ok {
		delete(b.rev, oldV)
	}
	b.fwd[a], b.rev[v] = v, a
	return nil
}

func (b *BiMap[A, B]) Key(v B) (A, bool) { a, ok := b.rev[v]; return a, ok }

func main() {
	var deps MultiMap[string, string]
	deps.Add("app", "db", "cache", "log")
	deps.Add("worker", "db", "queue", "log", "db")
	deps.Add("cron", "queue")
	fmt.Println(deps.m["worker"], len(deps.m))
	inv := deps.Invert()
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		fmt.Println(k, "<-", inv[k])
	}
	fmt.Println(deps.Remove("cron", "queue"), deps.Remove("cron", "queue"), len(deps.m))
	codes := NewBiMap[string, int]()
	for i, c := range []string{"KR", "US", "JP"} {
		fmt.Println(codes.Put(c, 82+i))
	}
	fmt.Println(codes.Put("FR", 83))
	fmt.Println(codes.Put("KR", 10), codes.fwd["KR"])
	k, ok := codes.Key(82)
	k2, ok2 := codes.Key(10)
	fmt.Printf("%q %v %q %v %d\n", k, ok, k2, ok2, len(codes.rev))
}
