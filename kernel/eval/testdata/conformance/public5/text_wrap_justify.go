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

func center(s string, width int, fill rune) string {
	pad := width - len([]rune(s))
	if pad <= 0 {
		return s
	}
	left := pad / 2
	return strings.Repeat(string(fill), left) + s + strings.Repeat(string(fill), pad-left)
}

const text = `Go is an open source programming language that makes it simple to build secure, scalable systems. It was designed at Google in 2007 to improve programming productivity in an era of multicore, networked machines and large codebases.`

func main() {
	lines := wrap(text, 30)
	fmt.Println(center(" Wrapped ", 30, '='))
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, 30)
		}
		fmt.Printf("|%-30s|\n", l)
	}
	fmt.Println(center("", 30, '='))
	for _, w := range []int{10, 50} {
		ls := wrap(text, w)
		fmt.Println(w, len(ls), ls[0])
	}
	fmt.Printf("%q\n", wrap("", 10))
	fmt.Printf("%q\n", wrap("supercalifragilistic word", 5))
	fmt.Println(center("é中", 6, '*'), center("toolongvalue", 4, '-'))
}
