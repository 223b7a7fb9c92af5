package main

import (
	"fmt"
	"sort"
	"strings"
)

type Span struct{ Lo, Hi int }

func (s Span) String() string { return fmt.Sprintf("[%d..%d]", s.Lo, s.Hi) }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

type Ptr struct{ n int }

func (p *Ptr) String() string { return fmt.Sprintf("P%d", p.n) }

func spans(n int) []Span {
	out := []Span{}
	for i := 0; i < n; i++ {
		out = append(out, Span{i, i * i})
	}
	return out
}

func byFirst(words ...string) map[byte][]Tag {
	m := map[byte][]Tag{}
	for _, w := range words {
		m[w[0]] = append(m[w[0]], Tag(w))
	}
	return m
}

func pair() ([2]Span, error) { return [2]Span{{1, 2}, {3, 4}}, nil }

func ptrs() []*Ptr { return []*Ptr{{1}, {2}} }

func keyed() map[Span]Tag { return map[Span]Tag{{2, 2}: "b", {1, 1}: "a"} }

type Box struct{ Items []Span }

func (b Box) Sorted() []Span {
	s := append([]Span(nil), b.Items...)
	sort.Slice(s, func(i, j int) bool { return s[i].Lo < s[j].Lo })
	return s
}

func main() {
	fmt.Println(spans(3))
	fmt.Println(byFirst("go", "gc", "asm"))
	fmt.Println(pair())
	fmt.Println(ptrs(), len(ptrs()))
	fmt.Println(keyed())
	fmt.Printf("%v|%s|%d\n", spans(2), spans(2), spans(2))
	s := fmt.Sprint(spans(1), " ", byFirst("x"))
	fmt.Println(s)
	var sb strings.Builder
	fmt.Fprintln(&sb, Box{[]Span{{5, 6}, {1, 2}}}.Sorted())
	fmt.Print(sb.String())
	fmt.Println(fmt.Sprintf("%v", spans(2)) == fmt.Sprint(spans(2)))
}
