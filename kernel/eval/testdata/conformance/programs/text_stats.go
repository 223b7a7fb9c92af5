package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go is expressive, concise, clean, and efficient.
Its concurrency mechanisms make it easy to write programs.`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	lines, words, chars := 0, 0, 0
	letters := map[rune]int{}
	longest := ""
	for sc.Scan() {
		line := sc.Text()
		lines++
		chars += len([]rune(line))
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
			words++
			if len(w) > len(longest) {
				longest = w
			}
		}
		for _, r := range strings.ToLower(line) {
			if unicode.IsLetter(r) {
				letters[r]++
			}
		}
	}
	fmt.Println(lines, words, chars, longest)
	type kv struct {
		r rune
		n int
	}
	var top []kv
	for r, n := range letters {
		top = append(top, kv{r, n})
	}
	sort.Slice(top, func(i, j int) bool {
		return top[i].n > top[j].n || top[i].n == top[j].n && top[i].r < top[j].r
	})
	for _, e := range top[:5] {
		fmt.Printf("%c=%d ", e.r, e.n)
	}
	fmt.Println()
	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
	}
	fmt.Println(n)
}
