package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type KV struct {
	Key   string
	Value int
}

func mapper(doc string) []KV {
	var out []KV
	for _, w := range strings.FieldsFunc(doc, func(r rune) bool { return !unicode.IsLetter(r) }) {
		out = append(out, KV{strings.ToLower(w), 1})
	}
	return out
}

func partition(key string, n int) int {
	h := 0
	for _, c := range key {
		h = h*31 + int(c)
	}
	if h < 0 {
		h = -h
	}
	return h % n
}

func reducer(key string, vals []int) KV {
	s := 0
	for _, v := range vals {
		s += v
	}
	return KV{key, s}
}

func main() {
	docs := []string{
		"The quick brown fox jumps over the lazy dog.",
		"The dog barks; the fox runs away!",
		"A quick movement of the enemy will jeopardize six gunboats.",
		"All work and no play makes Jack a dull boy. All work!",
	}
	const R = 3
	mapped := make(chan []KV)
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func(d string) {
			defer wg.Done()
			mapped <- mapper(d)
		}(d)
	}
	go func() { wg.Wait(); close(mapped) }()
	buckets := make([]map[string][]int, R)
	for i := range buckets {
		buckets[i] = map[string][]int{}
	}
	for kvs := range mapped {
		for _, kv := range kvs {
			p := partition(kv.Key, R)
			buckets[p][kv.Key] = append(buckets[p][kv.Key], kv.Value)
		}
	}
	results := make(chan KV)
	var rwg sync.WaitGroup
	for _, b := range buckets {
		rwg.Add(1)
		go func(b map[string][]int) {
			defer rwg.Done()
			for k, vs := range b {
				results <- reducer(k, vs)
			}
		}(b)
	}
	go func() { rwg.Wait(); close(results) }()
	var all []KV
	for kv := range results {
		all = append(all, kv)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Value != all[j].Value {
			return all[i].Value > all[j].Value
		}
		return all[i].Key < all[j].Key
	})
	for _, kv := range all[:8] {
		fmt.Printf("%-6s %d\n", kv.Key, kv.Value)
	}
	sizes := make([]int, R)
	for i, b := range buckets {
		sizes[i] = len(b)
	}
	fmt.Println(len(all), sizes)
}
