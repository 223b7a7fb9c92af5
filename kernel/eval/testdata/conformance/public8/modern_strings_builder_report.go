package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Row struct {
	Item  string
	Qty   int
	Price float64
}

func render(rows []Row) string {
	var b strings.Builder
	b.Grow(256)
	width := len("Item")
	for _, r := range rows {
		width = max(width, utf8.RuneCountInString(r.Item))
	}
	line := strings.Repeat("-", width+20)
	fmt.Fprintf(&b, "%-*s %5s %10s\n", width, "Item", "Qty", "Total")
	b.WriteString(line)
	b.WriteByte('\n')
	var sum float64
	for _, r := range rows {
		t := float64(r.Qty) * r.Price
		sum += t
		pad := width - utf8.RuneCountInString(r.Item)
		b.WriteString(r.Item)
		b.WriteString(strings.Repeat(" ", pad))
		fmt.Fprintf(&b, " %5d %10.2f\n", r.Qty, t)
	}
	b.WriteString(line + "\n")
	fmt.Fprintf(&b, "%-*s %16.2f\n", width, "Sum", sum)
	b.WriteRune('✓')
	return b.String()
}

func main() {
	rows := []Row{{"Kaffee", 2, 3.5}, {"Crème brûlée", 1, 6.25}, {"Tee", 12, 1.1}}
	out := render(rows)
	fmt.Println(out)
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	for i := range 3 {
		sb.WriteString(fmt.Sprint(i))
	}
	fmt.Println(sb.Len(), sb.Cap() >= 3, sb.String())
	sb.Reset()
	fmt.Printf("%q\n", sb.String())
}
