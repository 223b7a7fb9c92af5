package main

import (
	"fmt"
	s "strings"
)

var p = fmt.Println

type point struct{ x, y int }

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	pt := point{1, 2}
	fmt.Printf("struct1: %v\n", pt)
	fmt.Printf("struct2: %+v\n", pt)
	fmt.Printf("struct3: %#v\n", pt)
	fmt.Printf("type: %T\n", pt)
	fmt.Printf("pointer is nonzero: %v\n", fmt.Sprintf("%p", &pt) != "")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	str := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(str)
	fmt.Printf("%x %q %v\n", "hex this", `"quoted"`, &pt)
	fmt.Printf("%6.2v|%v|%.3s|\n", 3.14159, []any{nil, 1}, "abcdef")
}
