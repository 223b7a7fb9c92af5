package main

import (
	"fmt"
	"strings"
	"unicode"
)

func title(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up && unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
			up = false
			continue
		}
		if r == ' ' {
			up = true
		}
		b.WriteRune(r)
	}
	return b.String()
}

func table(rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	var sb strings.Builder
	for _, r := range rows {
		for i, c := range r {
			fmt.Fprintf(&sb, "%-*s", widths[i]+2, c)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	fmt.Println(title("the quick brown fox"))
	fmt.Print(table([][]string{{"name", "qty"}, {"apples", "3"}, {"kiwi", "12"}}))
	var b strings.Builder
	b.Grow(64)
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.Repeat("=", 10))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, "a1b2c3"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c", unicode.IsDigit))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'), strings.IndexByte("abc", 'c'))
}
