package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Table struct {
	Head []string
	Rows [][]string
}

func (t Table) widths() []int {
	w := make([]int, len(t.Head))
	for i, h := range t.Head {
		w[i] = len(h)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			w[i] = max(w[i], len(c))
		}
	}
	return w
}

func (t Table) String() string {
	var sb strings.Builder
	w := t.widths()
	line := func(cells []string) {
		for i, c := range cells {
			if i > 0 {
				sb.WriteString(" | ")
			}
			sb.WriteString(c + strings.Repeat(" ", w[i]-len(c)))
		}
		sb.WriteByte('\n')
	}
	line(t.Head)
	for i, n := range w {
		if i > 0 {
			sb.WriteString("-+-")
		}
		sb.WriteString(strings.Repeat("-", n))
	}
	sb.WriteByte('\n')
	for _, r := range t.Rows {
		line(r)
	}
	return sb.String()
}

func camelToSnake(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 4)
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				sb.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func main() {
	t := Table{[]string{"name", "lang", "stars"}, [][]string{{"gonotes", "Go", "12"}, {"yaegi", "Go", "7000"}, {"x", "Python", "1"}}}
	fmt.Print(t)
	for _, s := range []string{"HTTPServer", "userID", "parseJSONBody", "x"} {
		fmt.Print(camelToSnake(s), " ")
	}
	fmt.Println()
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 7, "x")
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len(), sb.Cap() >= sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
}
