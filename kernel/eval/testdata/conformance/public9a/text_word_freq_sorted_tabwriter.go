package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"
)

const corpus = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.`

type WordCount struct {
	Word  string
	Count int
	First int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(corpus))
	sc.Split(bufio.ScanWords)
	counts := map[string]*WordCount{}
	pos := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		if wc, ok := counts[w]; ok {
			wc.Count++
		} else {
			counts[w] = &WordCount{w, 1, pos}
		}
		pos++
	}
	list := make([]*WordCount, 0, len(counts))
	for _, wc := range counts {
		list = append(list, wc)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "rank\tword\tcount\tfirst\t")
	for i, wc := range list[:8] {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t\n", i+1, wc.Word, wc.Count, wc.First)
	}
	tw.Flush()
	fmt.Println("distinct:", len(list), "total:", pos)
	byLen := map[int][]string{}
	for _, wc := range list {
		byLen[len(wc.Word)] = append(byLen[len(wc.Word)], wc.Word)
	}
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(lens)))
	for _, l := range lens[:3] {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Printf("%2d: %s\n", l, strings.Join(ws, " "))
	}
	lines := bufio.NewScanner(strings.NewReader(corpus))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("%d:%d ", n, len(strings.Fields(lines.Text())))
	}
	fmt.Println()
}
