package main

import (
	"fmt"
	s "strings"
	"unicode"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Fields:    ", s.FieldsFunc("a1b2c3", unicode.IsDigit))
	p("Title-ish: ", s.ToTitle("ǆ go"))
	p("Trim:      ", s.Trim("  !!hi!! ", " !"), s.TrimLeft("xxhix", "x"), s.TrimSuffix("a.go", ".go"))
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	before, after, found := s.Cut("key=value=x", "=")
	p("Cut:       ", before, after, found)
	p("SplitN:    ", s.SplitN("a,b,c,d", ",", 2), len(s.SplitAfter("a,b,c", ",")))
	p("Map:       ", s.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	var b s.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	p(b.String(), b.Len())
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p(r.Replace("<b>bold</b>"))
	p(s.LastIndex("go gopher", "go"), s.IndexAny("golang", "xyzn"), s.IndexRune("chicken", 'k'), s.ContainsAny("hi", ""))
}
