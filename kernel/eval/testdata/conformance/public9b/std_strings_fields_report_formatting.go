package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

type Column struct {
	Title string
	Right bool
}

func render(cols []Column, rows [][]string) string {
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = utf8.RuneCountInString(c.Title)
	}
	for _, r := range rows {
		for i, cell := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	pad := func(s string, w int, right bool) string {
		gap := strings.Repeat(" ", w-utf8.RuneCountInString(s))
		if right {
			return gap + s
		}
		return s + gap
	}
	var sb strings.Builder
	line := func(cells []string) {
		parts := make([]string, len(cells))
		for i, c := range cells {
			parts[i] = pad(c, widths[i], cols[i].Right)
		}
		sb.WriteString("| " + strings.Join(parts, " | ") + " |\n")
	}
	titles := make([]string, len(cols))
	for i, c := range cols {
		titles[i] = c.Title
	}
	line(titles)
	seps := make([]string, len(cols))
	for i, w := range widths {
		seps[i] = strings.Repeat("-", w)
		if cols[i].Right {
			seps[i] = seps[i][:w-1] + ":"
		}
	}
	sb.WriteString("| " + strings.Join(seps, " | ") + " |\n")
	for _, r := range rows {
		line(r)
	}
	return sb.String()
}

func main() {
	data := map[string][2]int{"München": {1488, 310}, "Zürich": {421, 88}, "Oslo": {709, 454}, "São Paulo": {12325, 1521}}
	names := make([]string, 0, len(data))
	for n := range data {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return data[names[i]][0] > data[names[j]][0] })
	var rows [][]string
	for _, n := range names {
		d := data[n]
		rows = append(rows, []string{n, fmt.Sprint(d[0]), fmt.Sprint(d[1]), fmt.Sprintf("%.1f", float64(d[0])/float64(d[1]))})
	}
	fmt.Print(render([]Column{{"City", false}, {"Pop (k)", true}, {"Area", true}, {"Density", true}}, rows))
	fmt.Printf("%-8s|%8s|%-8.3s|%x\n", "ä", "ö", "üüüü", "ß")
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndexByte("banana", 'n'), strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
}
