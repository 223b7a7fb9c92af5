package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	input := "Hello, 世界! Ünïcödé ½ \x80 end\n"
	counts := make(map[rune]int)
	var utflen [utf8.UTFMax + 1]int
	invalid := 0
	categories := map[string]int{}
	in := bufio.NewReader(strings.NewReader(input))
	for {
		r, n, err := in.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("charcount:", err)
			return
		}
		if r == unicode.ReplacementChar && n == 1 {
			invalid++
			continue
		}
		counts[r]++
		utflen[n]++
		switch {
		case unicode.IsLetter(r):
			categories["letter"]++
		case unicode.IsNumber(r):
			categories["number"]++
		case unicode.IsSpace(r):
			categories["space"]++
		case unicode.IsPunct(r):
			categories["punct"]++
		}
	}
	runes := make([]rune, 0, len(counts))
	for r := range counts {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool {
		if counts[runes[i]] != counts[runes[j]] {
			return counts[runes[i]] > counts[runes[j]]
		}
		return runes[i] < runes[j]
	})
	fmt.Printf("rune\tcount\n")
	for _, r := range runes[:8] {
		fmt.Printf("%q\t%d\n", r, counts[r])
	}
	fmt.Print("\nlen\tcount\n")
	for i, n := range utflen {
		if i > 0 {
			fmt.Printf("%d\t%d\n", i, n)
		}
	}
	if invalid > 0 {
		fmt.Printf("\n%d invalid UTF-8 characters\n", invalid)
	}
	cats := make([]string, 0, len(categories))
	for c := range categories {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Printf("%s=%d ", c, categories[c])
	}
	fmt.Println()
}
