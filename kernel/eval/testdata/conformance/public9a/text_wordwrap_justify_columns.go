package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
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

func columns(items []string, cols int) string {
	rows := (len(items) + cols - 1) / cols
	widths := make([]int, cols)
	for i, it := range items {
		c := i / rows
		widths[c] = max(widths[c], utf8.RuneCountInString(it))
	}
	var sb strings.Builder
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			i := c*rows + r
			if i >= len(items) {
				continue
			}
			fmt.Fprintf(&sb, "%-*s", widths[c]+2, items[i])
		}
		sb.WriteString("|\n")
	}
	return sb.String()
}

const text = "Go is an open source programming language that makes it simple to build secure, scalable systems. 한국어 단어도 섞어 봅니다."

func main() {
	lines := wrap(text, 28)
	for i, l := range lines {
		j := l
		if i < len(lines)-1 {
			j = justify(l, 28)
		}
		fmt.Printf("|%-28s| |%s|\n", l, j)
	}
	fmt.Printf("[%s]\n[%s]\n", center("title", 11), center("한글", 7))
	fmt.Print(columns(strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda"), 3))
	fmt.Println(len(wrap("", 10)), wrap("supercalifragilistic word", 5))
}
