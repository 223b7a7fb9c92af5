package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

var _ io.Writer = (*sink)(nil)
var _ fmt.Stringer = sink{}
var _ = register("first")

var registry []string
var total = compute() + offset
var offset = len(registry) * 100

func register(s string) int { registry = append(registry, s); return len(registry) }
func compute() int          { return register("compute") }

type sink struct{ n int }

func (s *sink) Write(p []byte) (int, error) { s.n += len(p); return len(p), nil }
func (s sink) String() string               { return fmt.Sprint("sink:", s.n) }

func init() { registry = append(registry, "init1") }
func init() { registry = append(registry, "init2") }

func local() string {
	type T struct{ A int }
	return fmt.Sprintf("%T %v %+v", T{1}, T{2}, []T{{3}})
}

func local2() string {
	type T string
	return fmt.Sprintf("%T %q", T("x"), T("y"))
}

type codec interface {
	Encode(string) string
	Decode(string) string
}

type rot struct{ n int }

func (r rot) shift(s string, k int) string {
	return strings.Map(func(c rune) rune {
		if c >= 'a' && c <= 'z' {
			return 'a' + (c-'a'+rune(k)+26)%26
		}
		return c
	}, s)
}
func (r rot) Encode(s string) string { return r.shift(s, r.n) }
func (r rot) Decode(s string) string { return r.shift(s, -r.n) }

type reverse struct{}

func (reverse) Encode(s string) string {
	b := []rune(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}
func (r reverse) Decode(s string) string { return r.Encode(s) }

var codecs = map[string]codec{}

func init() {
	codecs["rot13"] = rot{13}
	codecs["rot1"] = rot{1}
	codecs["rev"] = reverse{}
}

func main() {
	fmt.Println(registry, total, offset)
	fmt.Println(local(), local2())
	names := make([]string, 0, len(codecs))
	for n := range codecs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := codecs[n]
		e := c.Encode("hello, world")
		fmt.Printf("%-5s %-14q %q\n", n, e, c.Decode(e))
	}
	s := &sink{}
	fmt.Fprintf(s, "%d", 12345)
	fmt.Println(s, *s)
}
