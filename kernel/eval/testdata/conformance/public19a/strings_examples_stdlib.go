package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""))
	fmt.Println(strings.ContainsFunc("hello", func(r rune) bool { return r == 'l' }))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("Fields are: %q\n", strings.Fields("  foo bar  baz   "))
	f := func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }
	fmt.Printf("Fields are: %q\n", strings.FieldsFunc("  foo1;bar2,baz3...", f))
	fmt.Println(strings.HasSuffix("Amigo", "go"), strings.HasSuffix("Amigo", "O"), strings.HasSuffix("Amigo", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"))
	fmt.Println(strings.IndexAny("golang", "y"), strings.IndexAny("golang", "ang"))
	fmt.Println(strings.LastIndexAny("go gopher", "go"), strings.LastIndexByte("Hello, world", 'o'))
	fmt.Println(strings.LastIndexFunc("go 123", unicode.IsNumber), strings.LastIndexFunc("123 go", unicode.IsNumber))
	s := []string{"foo", "bar", "baz"}
	fmt.Println(strings.Join(s, ", "))
	fmt.Println("ba" + strings.Repeat("na", 2))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("oink oink oink", "", "-"))
	fmt.Printf("%q\n", strings.Split("a man a plan a canal panama", "a "))
	fmt.Printf("%q\n", strings.Split(" xyz ", ""))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Println(strings.ToLower("Gopher"), strings.ToUpper("Gopher"), strings.ToTitle("loud noises"))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "örnek iş"))
	fmt.Println(strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Println(strings.TrimFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }))
	fmt.Println(strings.TrimLeftFunc("123abc", unicode.IsDigit), strings.TrimRightFunc("abc123", unicode.IsDigit))
	fmt.Println(strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, "), strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Println(strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("ß", "SS"))
	show := func(s, sep string) {
		before, after, found := strings.Cut(s, sep)
		fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", s, sep, before, after, found)
	}
	show("Gopher", "Go")
	show("Gopher", "ph")
	show("Gopher", "er")
	show("Gopher", "Badger")
	after, found := strings.CutSuffix("Gopher", "er")
	fmt.Println(after, found)
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Println(strings.IndexByte("golang", 'g'), strings.IndexRune("chicken", 'd'), strings.ContainsRune("aardvark", 97))
	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"))
	fmt.Println(strings.Clone("clone"), strings.Compare("b", "a"))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("ignition")
	fmt.Println(sb.String())
	rd := strings.NewReader("abc")
	b, _ := rd.ReadByte()
	fmt.Println(string(b), rd.Len(), rd.Size())
	fmt.Println(strings.ToValidUTF8("a\xffb\xC0\xAFc\xff", "\uFFFD"))
}
