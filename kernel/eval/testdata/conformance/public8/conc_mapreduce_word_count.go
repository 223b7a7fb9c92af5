package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type KV struct {
	Key   string
	Value int
}

func mapper(doc string) []KV {
	var out []KV
	for _, w := range strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}) {
		out = append(out, KV{w, 1})
	}
	return out
}

func main() {
	docs := []string{
		"The cat sat on the mat.",
		"The dog sat on the log!",
		"Cats and dogs: friends or foes?",
		"The end.",
	}
	const reducers = 3
	parts := make([]chan KV, reducers)
	for i := range parts {
		parts[i] = make(chan KV, 8)
	}
	var mwg sync.WaitGroup
	for _, d := range docs {
		mwg.Add(1)
		go func() {
			defer mwg.Done()
			for _, kv := range mapper(d) {
				h := 0
				for _, c := range kv.Key {
					h = h*31 + int(c)
				}
				parts[h%reducers] <- kv
			}
		}()
	}
	go func() {
		mwg.Wait()
		for _, p := range parts {
			close(p)
		}
	}()
	results := make([]map[string]int, reducers)
	var rwg sync.WaitGroup
	for i, p := range parts {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			m := map[string]int{}
			for kv := range p {
				m[kv.Key] += kv.Value
			}
			results[i] = m
		}()
	}
	rwg.Wait()
	var all []KV
	for _, m := range results {
		for k, v := range m {
			all = append(all, KV{k, v})
		}
	}
	slices.SortFunc(all, func(a, b KV) int {
		if a.Value != b.Value {
			return b.Value - a.Value
		}
		return strings.Compare(a.Key, b.Key)
	})
	fmt.Println(all[:6])
	fmt.Println(len(all))
}
