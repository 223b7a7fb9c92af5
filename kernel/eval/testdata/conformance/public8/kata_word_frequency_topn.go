package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.`

type WordCount struct {
	Word  string
	Count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	wcs := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		wcs = append(wcs, WordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].Count != wcs[j].Count {
			return wcs[i].Count > wcs[j].Count
		}
		return wcs[i].Word < wcs[j].Word
	})
	fmt.Println("total", total, "distinct", len(wcs))
	for i, wc := range wcs[:8] {
		bar := strings.Repeat("*", wc.Count)
		fmt.Printf("%2d. %-8s %2d %s\n", i+1, wc.Word, wc.Count, bar)
	}
	byLen := map[int][]string{}
	for w := range counts {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	longest := 0
	for l := range byLen {
		longest = max(longest, l)
	}
	sort.Strings(byLen[longest])
	fmt.Println(longest, byLen[longest])
}
