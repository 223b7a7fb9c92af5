package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	var sb strings.Builder
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.Cap() >= 64)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%v;", point{i, i * i})
	}
	sb.WriteString(" done")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	words := []string{"one", "two", "three"}
	var out strings.Builder
	for i, w := range words {
		if i > 0 {
			out.WriteByte(',')
		}
		out.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(out.String())
}
