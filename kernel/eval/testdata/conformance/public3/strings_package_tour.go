package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, Gophers! Hello, World!  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Count(t, "Hello"), strings.Index(t, "World"), strings.LastIndex(t, "Hello"), strings.IndexByte(t, '!'), strings.IndexAny(t, "xyzW"))
	fmt.Println(strings.HasPrefix(t, "Hello"), strings.HasSuffix(t, "!"), strings.Contains(t, "Go"), strings.ContainsRune(t, 'G'), strings.ContainsAny(t, "qz"))
	fmt.Println(strings.Replace(t, "Hello", "Bye", 1), "|", strings.ReplaceAll(t, "l", "L"))
	fmt.Printf("%q\n", strings.Split("a,b,c,", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields(" a  b\t\nc "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.Title("go is fun"), strings.ToTitle("ǆ"), strings.ToUpper("straße"), strings.ToLower("İ"))
	fmt.Println(strings.Repeat("=-", 5), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("--a--", "-"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(rest, ok)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a & b>"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello World"))
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.LastIndexByte("a/b/c", '/'), strings.IndexRune("chicken", 'k'))
	rd := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	n, _ := rd.Read(buf)
	fmt.Println(n, string(buf[:n]), rd.Len(), rd.Size())
	fmt.Println(strings.ContainsFunc("abc", unicode.IsUpper), strings.Join(nil, ","), strings.Join([]string{"x"}, ","))
	var lines []string
	for l := range strings.Lines("a\nb\n") {
		lines = append(lines, l)
	}
	fmt.Printf("%q\n", lines)
}
