package main

import (
	"fmt"
	"strings"
)

func justify(words []string, width int) []string {
	var lines []string
	for i := 0; i < len(words); {
		j, length := i, 0
		for j < len(words) && length+len(words[j])+(j-i) <= width {
			length += len(words[j])
			j++
		}
		gaps := j - i - 1
		var b strings.Builder
		if j == len(words) || gaps == 0 {
			b.WriteString(strings.Join(words[i:j], " "))
			b.WriteString(strings.Repeat(" ", width-b.Len()))
		} else {
			spaces := width - length
			for k := i; k < j; k++ {
				b.WriteString(words[k])
				if k < j-1 {
					n := spaces / gaps
					if k-i < spaces%gaps {
						n++
					}
					b.WriteString(strings.Repeat(" ", n))
				}
			}
		}
		lines = append(lines, b.String())
		i = j
	}
	return lines
}

func center(s string, w int) string {
	if len(s) >= w {
		return s
	}
	left := (w - len(s)) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-len(s)-left)
}

func main() {
	text := "This is an example of text justification where every line but the last is spread evenly across the width."
	for _, l := range justify(strings.Fields(text), 20) {
		fmt.Printf("|%s|\n", l)
	}
	fmt.Printf("[%s]\n[%s]\n", center("title", 11), center("toolongtitle", 5))
	fmt.Printf("[%-10s][%10s][%.3s][%-6.2f]\n", "left", "right", "truncate", 3.14159)
}
