package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type FreqMap map[rune]int

func Frequency(s string) FreqMap {
	m := FreqMap{}
	for _, r := range s {
		if unicode.IsLetter(r) {
			m[unicode.ToLower(r)]++
		}
	}
	return m
}

func ConcurrentFrequency(texts []string) FreqMap {
	ch := make(chan FreqMap, len(texts))
	var wg sync.WaitGroup
	for _, t := range texts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- Frequency(t)
		}()
	}
	go func() { wg.Wait(); close(ch) }()
	total := FreqMap{}
	for m := range ch {
		for r, n := range m {
			total[r] += n
		}
	}
	return total
}

func (m FreqMap) Top(n int) []string {
	type kv struct {
		r rune
		n int
	}
	var kvs []kv
	for r, c := range m {
		kvs = append(kvs, kv{r, c})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].n != kvs[j].n {
			return kvs[i].n > kvs[j].n
		}
		return kvs[i].r < kvs[j].r
	})
	var out []string
	for _, e := range kvs[:min(n, len(kvs))] {
		out = append(out, fmt.Sprintf("%c=%d", e.r, e.n))
	}
	return out
}

func main() {
	texts := []string{
		"Freude schöner Götterfunken, Tochter aus Elysium,",
		"Wir betreten feuertrunken, Himmlische, dein Heiligtum!",
		"Deine Zauber binden wieder Was die Mode streng geteilt;",
		"Alle Menschen werden Brüder, Wo dein sanfter Flügel weilt.",
	}
	seq := Frequency(strings.Join(texts, ""))
	par := ConcurrentFrequency(texts)
	fmt.Println(len(seq), len(par), fmt.Sprint(seq) == fmt.Sprint(par))
	fmt.Println(par.Top(8))
	fmt.Println(par['ö'], par['ü'], par['e'])
}
