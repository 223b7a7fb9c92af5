package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const text = `Go is an open source programming language that makes it simple to build secure, scalable systems. Gophers everywhere write small tools, big services, and everything in between — with joy.`

func wrap(words []string, width int) [][]string {
	var lines [][]string
	var cur []string
	n := 0
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		if len(cur) > 0 && n+1+wl > width {
			lines = append(lines, cur)
			cur, n = nil, 0
		}
		if len(cur) > 0 {
			n++
		}
		cur = append(cur, w)
		n += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func justify(line []string, width int) string {
	if len(line) == 1 {
		return line[0]
	}
	total := 0
	for _, w := range line {
		total += utf8.RuneCountInString(w)
	}
	gaps := len(line) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range line {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-n-left)
}

func main() {
	words := strings.Fields(text)
	for _, width := range []int{30, 45} {
		fmt.Println(strings.Repeat("-", width))
		lines := wrap(words, width)
		for i, l := range lines {
			if i == len(lines)-1 {
				fmt.Printf("|%-*s|\n", width, strings.Join(l, " "))
			} else {
				fmt.Printf("|%s|\n", justify(l, width))
			}
		}
	}
	fmt.Printf("[%s]\n", center("title", 11))
	fmt.Printf("[%s]\n", center("gophers — ok", 20))
}
