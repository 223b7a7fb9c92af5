package main

import (
	"fmt"
	"maps"
	"slices"
)

type Registry[K comparable, V any] struct {
	m map[K]V
}

func NewRegistry[K comparable, V any]() *Registry[K, V] {
	return &Registry[K, V]{m: make(map[K]V)}
}

func (r *Registry[K, V]) Set(k K, v V) *Registry[K, V] {
	r.m[k] = v
	return r
}

func (r *Registry[K, V]) Snapshot() map[K]V { return maps.Clone(r.m) }

func (r *Registry[K, V]) DeleteIf(f func(K, V) bool) {
	maps.DeleteFunc(r.m, f)
}

func main() {
	r := NewRegistry[string, int]().Set("a", 1).Set("b", 2).Set("c", 3)
	snap := r.Snapshot()
	r.DeleteIf(func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(len(snap), len(r.m), slices.Sorted(maps.Keys(r.m)))
	fmt.Println(maps.Equal(snap, map[string]int{"a": 1, "b": 2, "c": 3}))
	inv := map[int]string{}
	for k, v := range maps.All(snap) {
		inv[v] = k
	}
	fmt.Println(inv)
}
