package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness, it was the epoch
of belief, it was the epoch of incredulity.`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	freq := make(map[string]int)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		freq[w]++
		total++
	}
	type pair struct {
		word string
		n    int
	}
	pairs := make([]pair, 0, len(freq))
	for w, n := range freq {
		pairs = append(pairs, pair{w, n})
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].word < pairs[j].word })
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].n > pairs[j].n })
	fmt.Println("total words:", total, "distinct:", len(freq))
	for _, p := range pairs[:8] {
		fmt.Printf("%-12s %3d %s\n", p.word, p.n, strings.Repeat("*", p.n))
	}
	var lens [12]int
	for w := range freq {
		lens[len(w)]++
	}
	fmt.Println("by length:", lens)
}
