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

type wordCount struct {
	word  string
	count int
	first int
}

type counter struct {
	counts map[string]*wordCount
	order  int
	lines  int
	chars  int
}

func (c *counter) add(w string) {
	w = strings.ToLower(w)
	if wc, ok := c.counts[w]; ok {
		wc.count++
		return
	}
	c.counts[w] = &wordCount{w, 1, c.order}
	c.order++
}

func (c *counter) top(k int) []wordCount {
	all := make([]wordCount, 0, len(c.counts))
	for _, wc := range c.counts {
		all = append(all, *wc)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].count != all[j].count {
			return all[i].count > all[j].count
		}
		return all[i].first < all[j].first
	})
	if k > len(all) {
		k = len(all)
	}
	return all[:k]
}

func main() {
	c := &counter{counts: map[string]*wordCount{}}
	lines := bufio.NewScanner(strings.NewReader(text))
	for lines.Scan() {
		line := lines.Text()
		c.lines++
		c.chars += len([]rune(line))
		words := bufio.NewScanner(strings.NewReader(line))
		words.Split(bufio.ScanWords)
		for words.Scan() {
			w := strings.TrimFunc(words.Text(), func(r rune) bool { return !unicode.IsLetter(r) })
			if w != "" {
				c.add(w)
			}
		}
	}
	fmt.Printf("lines=%d chars=%d distinct=%d\n", c.lines, c.chars, len(c.counts))
	for i, wc := range c.top(6) {
		bar := strings.Repeat("#", wc.count)
		fmt.Printf("%d. %-8s %2d %s\n", i+1, wc.word, wc.count, bar)
	}
	hapax := []string{}
	for w, wc := range c.counts {
		if wc.count == 1 {
			hapax = append(hapax, w)
		}
	}
	sort.Strings(hapax)
	fmt.Println(hapax)
	r := bufio.NewReader(strings.NewReader("first line\nsecond"))
	l1, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", l1, err)
	l2, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", l2, err)
	var sb strings.Builder
	bw := bufio.NewWriterSize(&sb, 16)
	fmt.Fprintf(bw, "%s|", strings.Repeat("ab", 5))
	fmt.Println(sb.Len(), bw.Buffered(), bw.Available())
	bw.Flush()
	fmt.Println(sb.String())
}
