package main

import (
	"fmt"
	"strings"
)

type Parser[T any] interface {
	*T
	Parse(string)
}

type Upper struct{ S string }

func (u *Upper) Parse(s string) { u.S = strings.ToUpper(s) }

type Words struct{ N int }

func (w *Words) Parse(s string) { w.N = len(strings.Fields(s)) }

func ParseAll[T any, PT Parser[T]](inputs []string) []T {
	out := make([]T, len(inputs))
	for i, in := range inputs {
		PT(&out[i]).Parse(in)
	}
	return out
}

func ParseOne[T any, PT Parser[T]](in string) T {
	var v T
	p := PT(&v)
	p.Parse(in)
	return v
}

func main() {
	fmt.Println(ParseAll[Upper]([]string{"a", "bc"}))
	fmt.Println(ParseAll[Words]([]string{"one two", "x"}))
	fmt.Printf("%+v\n", ParseOne[Words]("a b c"))
}
