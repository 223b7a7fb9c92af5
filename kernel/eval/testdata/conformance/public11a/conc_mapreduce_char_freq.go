package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

func mapper(text string) map[rune]int {
	m := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			m[r]++
		}
	}
	return m
}

func reducer(parts <-chan map[rune]int) map[rune]int {
	total := map[rune]int{}
	for p := range parts {
		for k, v := range p {
			total[k] += v
		}
	}
	return total
}

func main() {
	texts := []string{
		"Go is expressive, concise, clean, and efficient.",
		"Its concurrency mechanisms make it easy to write programs",
		"that get the most out of multicore and networked machines.",
		"Ünïcödé letters count too!",
	}
	parts := make(chan map[rune]int)
	var wg sync.WaitGroup
	for _, t := range texts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts <- mapper(t)
		}()
	}
	go func() { wg.Wait(); close(parts) }()
	total := reducer(parts)
	type kv struct {
		r rune
		n int
	}
	var kvs []kv
	for r, n := range total {
		kvs = append(kvs, kv{r, n})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].n != kvs[j].n {
			return kvs[i].n > kvs[j].n
		}
		return kvs[i].r < kvs[j].r
	})
	for _, e := range kvs[:8] {
		fmt.Printf("%c=%d ", e.r, e.n)
	}
	fmt.Println()
	sum := 0
	for _, e := range kvs {
		sum += e.n
	}
	fmt.Println("letters:", sum, "distinct:", len(kvs))
}
