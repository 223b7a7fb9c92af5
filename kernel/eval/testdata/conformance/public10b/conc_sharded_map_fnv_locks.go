package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"sync"
)

const shards = 8

type shard struct {
	sync.RWMutex
	m map[string]int
}

type ShardedMap [shards]*shard

func NewSharded() *ShardedMap {
	var s ShardedMap
	for i := range s {
		s[i] = &shard{m: map[string]int{}}
	}
	return &s
}

func (s *ShardedMap) shardFor(k string) *shard {
	h := fnv.New32a()
	h.Write([]byte(k))
	return s[h.Sum32()%shards]
}

func (s *ShardedMap) Inc(k string) {
	sh := s.shardFor(k)
	sh.Lock()
	sh.m[k]++
	sh.Unlock()
}

func (s *ShardedMap) Get(k string) int {
	sh := s.shardFor(k)
	sh.RLock()
	defer sh.RUnlock()
	return sh.m[k]
}

func (s *ShardedMap) Keys() []string {
	var ks []string
	for _, sh := range s {
		sh.RLock()
		for k := range sh.m {
			ks = append(ks, k)
		}
		sh.RUnlock()
	}
	sort.Strings(ks)
	return ks
}

func main() {
	m := NewSharded()
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 60; i++ {
				m.Inc(fmt.Sprintf("key%02d", (i*7+g)%20))
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, k := range m.Keys() {
		total += m.Get(k)
	}
	fmt.Println(len(m.Keys()), total, m.Get("key00"), m.Get("key19"), m.Get("nokey"))
	sizes := make([]int, shards)
	for i, sh := range m {
		sizes[i] = len(sh.m)
	}
	fmt.Println(sizes)
}
