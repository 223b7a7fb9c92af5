package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const corpus = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`

type WordCount struct {
	Word  string
	Count int
}

type byCount []WordCount

func (b byCount) Len() int      { return len(b) }
func (b byCount) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byCount) Less(i, j int) bool {
	if b[i].Count != b[j].Count {
		return b[i].Count > b[j].Count
	}
	return b[i].Word < b[j].Word
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(corpus))
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
	list := make(byCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Sort(list)
	fmt.Println("total", total, "distinct", len(list))
	for i, wc := range list[:8] {
		bar := strings.Repeat("#", wc.Count)
		fmt.Printf("%2d. %-8s %2d %s\n", i+1, wc.Word, wc.Count, bar)
	}
	lengths := map[int][]string{}
	for _, wc := range list {
		lengths[len(wc.Word)] = append(lengths[len(wc.Word)], wc.Word)
	}
	var ls []int
	for l := range lengths {
		ls = append(ls, l)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ls)))
	fmt.Println("longest:", ls[0], lengths[ls[0]])
	singles := 0
	for _, wc := range list {
		if wc.Count == 1 {
			singles++
		}
	}
	fmt.Printf("hapax %d (%.1f%%)\n", singles, 100*float64(singles)/float64(len(list)))
}
