package main

import (
	"fmt"
	"strings"
)

func parseKV(s string) map[string]string {
	out := map[string]string{}
	for _, part := range strings.Split(s, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			fmt.Printf("skip %q\n", part)
			continue
		}
		out[k] = v
	}
	return out
}

func main() {
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"), strings.EqualFold("k", "\u212a"))
	m := parseKV("a=1; b = 2;bad; c=x=y;")
	fmt.Println(len(m), m["a"], m["b "], m["c"])
	before, after, found := strings.Cut("no-sep", ":")
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("file.tar.gz", ".zip")
	fmt.Println(rest, ok)
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.IndexRune("chicken", 'k'), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Repeat("ab", 3), strings.Compare("a", "b"))
	fmt.Printf("%q %q %q\n", strings.Trim("  xx  ", " "), strings.TrimLeft("xxhixx", "x"), strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("abc", 'b'), strings.HasPrefix("gopher", "go"), strings.ContainsFunc("abc", func(r rune) bool { return r == 'c' }))
}
