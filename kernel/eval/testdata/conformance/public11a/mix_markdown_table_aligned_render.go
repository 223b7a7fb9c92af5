package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Center
	Right
)

type Table struct {
	Header []string
	Align  []Align
	Rows   [][]string
}

func pad(s string, w int, a Align) string {
	n := w - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	switch a {
	case Right:
		return strings.Repeat(" ", n) + s
	case Center:
		l := n / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", n-l)
	}
	return s + strings.Repeat(" ", n)
}

func (t Table) Render() string {
	widths := make([]int, len(t.Header))
	for i, h := range t.Header {
		widths[i] = max(3, utf8.RuneCountInString(h))
	}
	for _, r := range t.Rows {
		for i := range widths {
			if i < len(r) {
				widths[i] = max(widths[i], utf8.RuneCountInString(r[i]))
			}
		}
	}
	var sb strings.Builder
	line := func(cells []string) {
		sb.WriteString("|")
		for i, w := range widths {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			fmt.Fprintf(&sb, " %s |", pad(c, w, t.Align[i]))
		}
		sb.WriteString("\n")
	}
	line(t.Header)
	sb.WriteString("|")
	for i, w := range widths {
		dash := strings.Repeat("-", w)
		switch t.Align[i] {
		case Center:
			dash = ":" + dash[1:len(dash)-1] + ":"
		case Right:
			dash = dash[:len(dash)-1] + ":"
		}
		fmt.Fprintf(&sb, " %s |", dash)
	}
	sb.WriteString("\n")
	for _, r := range t.Rows {
		line(r)
	}
	return sb.String()
}

func main() {
	t := Table{
		Header: []string{"Language", "Year", "Typing", "Stars"},
		Align:  []Align{Left, Center, Left, Right},
		Rows: [][]string{
			{"Go", "2009", "static", "125k"},
			{"Python", "1991", "dynamic", "65k"},
			{"Zig", "2016", "static"},
			{"日本語", "", "n/a", "1"},
		},
	}
	fmt.Print(t.Render())
	fmt.Printf("[%s][%s][%s]\n", pad("ab", 6, Left), pad("ab", 6, Center), pad("ab", 6, Right))
	fmt.Println(pad("toolong", 3, Right))
}
