package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Right
	Center
)

type Table struct {
	Headers []string
	Aligns  []Align
	Rows    [][]string
}

func (t *Table) AddRow(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case float64:
			row[i] = fmt.Sprintf("%.2f", v)
		case fmt.Stringer:
			row[i] = v.String()
		case nil:
			row[i] = "-"
		default:
			row[i] = fmt.Sprint(v)
		}
	}
	t.Rows = append(t.Rows, row)
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

func (t *Table) String() string {
	widths := make([]int, len(t.Headers))
	for i, h := range t.Headers {
		widths[i] = max(3, utf8.RuneCountInString(h))
	}
	for _, r := range t.Rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var sb strings.Builder
	line := func(cells []string) {
		sb.WriteString("|")
		for i, c := range cells {
			a := Left
			if i < len(t.Aligns) {
				a = t.Aligns[i]
			}
			sb.WriteString(" " + pad(c, widths[i], a) + " |")
		}
		sb.WriteString("\n")
	}
	line(t.Headers)
	sep := make([]string, len(widths))
	for i, w := range widths {
		d := strings.Repeat("-", w)
		switch {
		case i < len(t.Aligns) && t.Aligns[i] == Right:
			d = d[:w-1] + ":"
		case i < len(t.Aligns) && t.Aligns[i] == Center:
			d = ":" + d[1:w-1] + ":"
		}
		sep[i] = d
	}
	line(sep)
	for _, r := range t.Rows {
		line(r)
	}
	return sb.String()
}

type Status bool

func (s Status) String() string {
	if s {
		return "✓"
	}
	return "✗"
}

func main() {
	t := &Table{Headers: []string{"Name", "Qty", "Price", "OK"}, Aligns: []Align{Left, Right, Right, Center}}
	t.AddRow("Äpfel", 3, 1.5, Status(true))
	t.AddRow("Bananen", 12, 0.25, Status(false))
	t.AddRow("Kiwi", nil, 10.0, Status(true))
	fmt.Print(t)
	fmt.Println(pad("x", 5, Center) + "|")
}
