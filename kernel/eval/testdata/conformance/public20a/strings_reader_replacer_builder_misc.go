package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 5)
	n, _ := r.Read(b)
	fmt.Println(n, string(b), r.Len(), r.Size())
	r.Seek(-7, io.SeekEnd)
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	r.Reset("new")
	c, _ := r.ReadByte()
	r.UnreadByte()
	ru, sz, _ := r.ReadRune()
	fmt.Println(string(c), string(ru), sz)
	var sb strings.Builder
	n2, _ := r.WriteTo(&sb)
	fmt.Println(n2, sb.String())
	rep := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(rep.Replace("aaab aab"))
	rep2 := strings.NewReplacer("cat", "dog", "dog", "cat")
	fmt.Println(rep2.Replace("cat chases dog"))
	var out strings.Builder
	rep.WriteString(&out, "abba")
	fmt.Println(out.String())
	title := func(s string) string {
		prev := ' '
		return strings.Map(func(r rune) rune {
			defer func() { prev = r }()
			if unicode.IsSpace(prev) || prev == '-' {
				return unicode.ToTitle(r)
			}
			return r
		}, s)
	}
	fmt.Println(title("hello wide-open world"))
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndexAny("golang", "go"), strings.IndexFunc("abc123", unicode.IsDigit))
	fmt.Println(strings.ContainsFunc("abc", unicode.IsUpper), strings.EqualFold("Σ", "σ"))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
	parts := strings.FieldsFunc("  one;two,,three ; ", func(r rune) bool { return r == ';' || r == ',' || r == ' ' })
	fmt.Printf("%q %d\n", parts, len(parts))
	fmt.Println(strings.Repeat("=-", 5)+"=", strings.TrimLeftFunc("123abc", unicode.IsDigit), strings.TrimRightFunc("abc123", unicode.IsDigit))
	s := "The Go Programming Language"
	fmt.Println(strings.Index(s, "Go"), strings.Index(s, "go"), strings.Index(strings.ToLower(s), "go"))
	fmt.Println(strings.Title(strings.ToLower(s)), len(strings.Fields(s)))
}
