package main

import (
	"fmt"
	"strings"
	"unicode"
)

func camelToSnake(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 5)
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func main() {
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	fmt.Println(b.String())
	fmt.Println(b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	n, err := b.WriteString("héllo")
	fmt.Println(n, err, b.Len())
	b.WriteRune('世')
	b.Write([]byte{'!', '!'})
	fmt.Println(b.String(), b.Len())
	for _, s := range []string{"HelloWorld", "parseHTTPRequest", "x", "ID"} {
		fmt.Println(s, "->", camelToSnake(s))
	}
	var rows strings.Builder
	for r := range 3 {
		for c := range 4 {
			if c > 0 {
				rows.WriteByte('\t')
			}
			fmt.Fprint(&rows, r*c)
		}
		rows.WriteByte('\n')
	}
	fmt.Print(rows.String())
	parts := []string{}
	for _, w := range strings.Fields("the quick brown fox") {
		parts = append(parts, strings.Repeat("*", len(w)))
	}
	fmt.Println(strings.Join(parts, " "))
}
