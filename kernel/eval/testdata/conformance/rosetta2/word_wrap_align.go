package main

import (
	"fmt"
	"strings"
)

const text = `In olden times when wishing still helped one, there lived a king whose daughters were all beautiful, but the youngest was so beautiful that the sun itself, which has seen so much, was astonished whenever it shone in her face.`

func wrap(s string, width int) []string {
	var lines []string
	var line strings.Builder
	for _, w := range strings.Fields(s) {
		if line.Len() > 0 && line.Len()+1+len(w) > width {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(w)
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func main() {
	for _, l := range wrap(text, 40) {
		fmt.Printf("|%-40s|\n", l)
	}
	rows := [][]string{{"Given", "a", "text", "file"}, {"of", "many", "lines,"}, {"where", "fields", "within", "a"}}
	widths := map[int]int{}
	for _, r := range rows {
		for i, f := range r {
			widths[i] = max(widths[i], len(f))
		}
	}
	for _, align := range []string{"left", "right", "center"} {
		for _, r := range rows {
			var parts []string
			for i, f := range r {
				w := widths[i]
				switch align {
				case "left":
					parts = append(parts, fmt.Sprintf("%-*s", w, f))
				case "right":
					parts = append(parts, fmt.Sprintf("%*s", w, f))
				default:
					pad := w - len(f)
					parts = append(parts, strings.Repeat(" ", pad/2)+f+strings.Repeat(" ", pad-pad/2))
				}
			}
			fmt.Println(strings.Join(parts, " "))
		}
	}
}
