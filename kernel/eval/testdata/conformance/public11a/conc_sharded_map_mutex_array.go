package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"sync"
)

const shards = 8

type ShardedMap[V any] struct {
	locks [shards]sync.RWMutex
	maps  [shards]map[string]V
}

func NewSharded[V any]() *ShardedMap[V] {
	m := &ShardedMap[V]{}
	for i := range m.maps {
		m.maps[i] = map[string]V{}
	}
	return m
}

func shardOf(k string) int {
	h := fnv.New32a()
	h.Write([]byte(k))
	return int(h.Sum32() % shards)
}

func (m *ShardedMap[V]) Update(k string, f func(V) V) {
	i := shardOf(k)
	m.locks[i].Lock()
	defer m.locks[i].Unlock()
	m.maps[i][k] = f(m.maps[i][k])
}

func (m *ShardedMap[V]) Get(k string) (V, bool) {
	i := shardOf(k)
	m.locks[i].RLock()
	defer m.locks[i].RUnlock()
	v, ok := m.maps[i][k]
	return v, ok
}

func (m *ShardedMap[V]) Keys() []string {
	var ks []string
	for i := range m.maps {
		m.locks[i].RLock()
		for k := range m.maps[i] {
			ks = append(ks, k)
		}
		m.locks[i].RUnlock()
	}
	sort.Strings(ks)
	return ks
}

func main() {
	m := NewSharded[int]()
	var wg sync.WaitGroup
	words := []string{"go", "rust", "zig", "c", "java", "go", "go", "zig"}
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, word := range words {
				m.Update(word, func(n int) int { return n + w + 1 })
			}
		}()
	}
	wg.Wait()
	for _, k := range m.Keys() {
		v, _ := m.Get(k)
		fmt.Printf("%s=%d shard=%d\n", k, v, shardOf(k))
	}
	_, ok := m.Get("python")
	fmt.Println(ok)
}
