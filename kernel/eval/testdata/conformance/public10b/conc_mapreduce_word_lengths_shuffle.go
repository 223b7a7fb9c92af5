package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type KV struct {
	Key   string
	Value int
}

func mapper(doc string, out chan<- KV) {
	for _, w := range strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool {
		return !('a' <= r && r <= 'z')
	}) {
		out <- KV{w, 1}
	}
}

func reducer(key string, values []int) KV {
	s := 0
	for _, v := range values {
		s += v
	}
	return KV{key, s}
}

func main() {
	docs := []string{
		"Go is expressive, concise, clean, and efficient.",
		"Its concurrency mechanisms make it easy to write programs.",
		"Go compiles quickly to machine code yet has the convenience of garbage collection.",
		"It's a fast, statically typed, compiled language that feels like a dynamically typed, interpreted language.",
	}
	inter := make(chan KV, 16)
	var mwg sync.WaitGroup
	for _, d := range docs {
		mwg.Add(1)
		go func() { defer mwg.Done(); mapper(d, inter) }()
	}
	go func() { mwg.Wait(); close(inter) }()
	groups := map[string][]int{}
	for kv := range inter {
		groups[kv.Key] = append(groups[kv.Key], kv.Value)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	results := make([]KV, len(keys))
	var rwg sync.WaitGroup
	for i, k := range keys {
		rwg.Add(1)
		go func() { defer rwg.Done(); results[i] = reducer(k, groups[k]) }()
	}
	rwg.Wait()
	sort.SliceStable(results, func(i, j int) bool { return results[i].Value > results[j].Value })
	for _, r := range results[:6] {
		fmt.Printf("%-10s %d\n", r.Key, r.Value)
	}
	fmt.Println("distinct:", len(results))
}
