package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	docs := []string{
		"the quick brown fox",
		"the lazy dog",
		"quick quick fox",
	}
	partial := make(chan map[string]int, len(docs))
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := map[string]int{}
			for _, w := range strings.Fields(d) {
				m[w]++
			}
			partial <- m
		}()
	}
	wg.Wait()
	close(partial)
	total := map[string]int{}
	for m := range partial {
		for k, v := range m {
			total[k] += v
		}
	}
	keys := make([]string, 0, len(total))
	for k := range total {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if total[keys[i]] != total[keys[j]] {
			return total[keys[i]] > total[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Println(k, total[k])
	}
}
