package main

import "fmt"

func main() {
	a := `abc`
	b := `\n
\n`
	c := "\n"
	d := "\""
	e := "Hello, world!\n"
	f := "日本語"
	g := "\u65e5本\U00008a9e"
	h := "\xff\u00FF"
	fmt.Println(len(a), len(b), len(c), len(d), len(e), len(f), len(g), len(h))
	fmt.Printf("%q %q %q\n", b, g, h)
	fmt.Println(f == g, "\xe6\x97\xa5" == "日")
}
