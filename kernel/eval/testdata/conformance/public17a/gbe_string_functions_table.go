package main

import (
	"fmt"
	s "strings"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"), s.Count("five", ""))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("Index:     ", s.Index("chicken", "ken"), s.IndexAny("golang", "ny"), s.LastIndex("go gopher", "go"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1), s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"), len(s.SplitN("a,b,c", ",", 2)))
	p("ToLower:   ", s.ToLower("TEST"), s.Title("x"))
	p("Fields:    ", s.Fields(" a  b "), s.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	p("Trim:      ", s.Trim("xxhixx", "x"), s.TrimLeft("aab", "a"), s.TrimPrefix("prefix-x", "prefix-"), s.TrimSuffix("a.go", ".go"))
	before, after, found := s.Cut("key=value=x", "=")
	p("Cut:       ", before, after, found)
	rest, ok := s.CutPrefix("v1.2", "v")
	p("CutPrefix: ", rest, ok)
	p("EqualFold: ", s.EqualFold("Go", "GO"), s.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p("Replacer:  ", r.Replace("<b>hi</b>"))
	p("ContainsFunc:", s.ContainsFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
}
