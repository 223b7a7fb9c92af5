package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type wordCount struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total, letters := 0, 0
	longest := ""
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		counts[w]++
		total++
		letters += len(w)
		if len(w) > len(longest) || len(w) == len(longest) && w < longest {
			longest = w
		}
	}
	wcs := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		wcs = append(wcs, wordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].count != wcs[j].count {
			return wcs[i].count > wcs[j].count
		}
		return wcs[i].word < wcs[j].word
	})
	fmt.Printf("words=%d unique=%d avg=%.2f longest=%q\n", total, len(counts), float64(letters)/float64(total), longest)
	for _, wc := range wcs[:6] {
		fmt.Printf("%-8s %2d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}
	byLen := map[int][]string{}
	for w := range counts {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		sort.Strings(byLen[l])
		fmt.Println(l, byLen[l])
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d: %d chars, %d commas, starts %q\n", i+1, len(l), strings.Count(l, ","), strings.Fields(l)[0])
	}
	fmt.Println(fmt.Sprint(counts)[:40])
}
