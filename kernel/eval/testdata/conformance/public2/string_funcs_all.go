package main

import (
	"fmt"
	s "strings"
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
	p("Fields:    ", s.Fields("  a b  c "))
	p("Title-ish: ", s.ToUpper("hello"[:1])+"hello"[1:])
	p("TrimFunc:  ", s.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	before, after, found := s.Cut("key=value", "=")
	p("Cut:       ", before, after, found)
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p("Replacer:  ", r.Replace("<b>hi</b>"))
	for part := range s.SplitSeq("x,y,z", ",") {
		p("part", part)
	}
}
