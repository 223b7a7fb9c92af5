package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	words := []string{"hello", "ǆemal", "straße", "İstanbul", "ΣΊΣΥΦΟΣ", "ﬁne", "Go_lang"}
	for _, w := range words {
		fmt.Printf("%-10s U=%s L=%s T=%s len=%d\n", w, strings.ToUpper(w), strings.ToLower(w), strings.ToTitle(w), len(w))
	}
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "ς"), strings.EqualFold("Go", "GO"))
	fmt.Printf("%q\n", strings.Fields("  a b\t\tc\n d  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.Title("hello wide world"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		if unicode.IsLower(r) {
			return unicode.ToUpper(r)
		}
		if r == ' ' {
			return -1
		}
		return r
	}, "Hello World 123"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.IndexRune("chicken", 'k'), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"), strings.TrimSuffix("a.go.go", ".go"), strings.Trim("  !hi!  ", " !"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimSpace("\t x y \n"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "a", "A")
	fmt.Println(r.Replace("<a href>"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	s, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(s, ok)
	s, ok = strings.CutSuffix("body.txt", ".md")
	fmt.Println(s, ok)
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'), strings.Contains("", ""), strings.HasPrefix("go", ""))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	for _, r := range "aZ9 _é\u00a0\t" {
		fmt.Printf("%q L%v U%v l%v D%v S%v P%v G%v\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsGraphic(r))
	}
	fmt.Println(string(unicode.SimpleFold('A')), string(unicode.SimpleFold('a')), string(unicode.SimpleFold('k')), string(unicode.ToTitle('ǆ')))
	fmt.Println(unicode.In('é', unicode.Latin), unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Greek, 'λ'))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"only"}, ","), strings.LastIndexByte("abcabc", 'b'))
	lines := strings.Lines("a\nb\nc")
	for l := range lines {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for part := range strings.SplitSeq("x-y-z", "-") {
		fmt.Print(part, ";")
	}
	for f := range strings.FieldsSeq(" p  q ") {
		fmt.Print(f, ";")
	}
	fmt.Println()
}
