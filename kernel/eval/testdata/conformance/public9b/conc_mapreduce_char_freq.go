package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type counts map[rune]int

func mapper(text string) counts {
	c := counts{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			c[r]++
		}
	}
	return c
}

func reducer(in <-chan counts) counts {
	total := counts{}
	for c := range in {
		for r, n := range c {
			total[r] += n
		}
	}
	return total
}

func main() {
	docs := []string{
		"Go is expressive, concise, clean, and efficient.",
		"Its concurrency mechanisms make it easy to write programs",
		"that get the most out of multicore and networked machines.",
		"Ünïcode letters count too: ßØ.",
	}
	ch := make(chan counts, len(docs))
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func(text string) {
			defer wg.Done()
			ch <- mapper(text)
		}(d)
	}
	go func() { wg.Wait(); close(ch) }()
	total := reducer(ch)
	type kv struct {
		r rune
		n int
	}
	var all []kv
	for r, n := range total {
		all = append(all, kv{r, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].r < all[j].r
	})
	for _, e := range all[:8] {
		fmt.Printf("%c=%d ", e.r, e.n)
	}
	fmt.Println()
	sum := 0
	for _, e := range all {
		sum += e.n
	}
	fmt.Println(len(all), sum)
	var rare []string
	for _, e := range all {
		if e.n == 1 {
			rare = append(rare, string(e.r))
		}
	}
	fmt.Println(strings.Join(rare, ""))
}
