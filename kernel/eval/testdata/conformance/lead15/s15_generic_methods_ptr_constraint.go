package main

import (
	"fmt"
	"sort"
	"strings"
)

type Setter[T any] interface {
	*T
	Set(string)
}

type Name struct{ v string }

func (n *Name) Set(s string) { n.v = strings.ToUpper(s) }

type Age struct{ n int }

func (a *Age) Set(s string) { a.n = len(s) }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func SortedCopy[S ~[]E, E any](s S, less func(a, b E) bool) S {
	c := append(S(nil), s...)
	sort.Slice(c, func(i, j int) bool { return less(c[i], c[j]) })
	return c
}

func main() {
	fmt.Println(FromStrings[Name]([]string{"ann", "bob"}))
	fmt.Println(FromStrings[Age]([]string{"ann", "robert"}))
	b := byLen{"ccc", "a", "bb"}
	c := SortedCopy(b, func(x, y string) bool { return x < y })
	fmt.Printf("%T %v %v\n", c, c, b)
	sort.Sort(b)
	fmt.Println(b)
}
