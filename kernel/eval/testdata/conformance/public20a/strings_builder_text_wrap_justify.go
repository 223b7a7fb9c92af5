package main

import (
	"fmt"
	"strings"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += len(w)
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
		total += len(w)
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

func center(s string, w int) string {
	if len(s) >= w {
		return s
	}
	left := (w - len(s)) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-len(s)-left)
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. It was designed at Google."
	lines := wrap(text, 30)
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, 30)
		}
		fmt.Printf("|%-30s|\n", l)
	}
	fmt.Println()
	for _, l := range wrap(text, 18) {
		fmt.Printf("[%s]\n", center(l, 20))
	}
	box := func(lines []string) string {
		w := 0
		for _, l := range lines {
			w = max(w, len(l))
		}
		var sb strings.Builder
		sb.WriteString("+" + strings.Repeat("-", w+2) + "+\n")
		for _, l := range lines {
			fmt.Fprintf(&sb, "| %-*s |\n", w, l)
		}
		sb.WriteString("+" + strings.Repeat("-", w+2) + "+")
		return sb.String()
	}
	fmt.Println(box([]string{"hello", "boxed world", "!"}))
	fmt.Println(wrap("", 10) == nil, wrap("supercalifragilistic word", 5))
}
