package main

import "fmt"

type Names []string
type Scores map[string]int

func First[S ~[]E, E any](s S) E { return s[0] }

func Clone[S ~[]E, E any](s S) S { return append(S(nil), s...) }

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	n := Names{"a", "b"}
	c := Clone(n)
	c[0] = "z"
	fmt.Printf("%T %v %v %s\n", c, c, n, First(n))
	ks := Keys(Scores{"x": 1})
	fmt.Printf("%T %v\n", ks, ks)
	var s []string = c
	fmt.Println(len(s))
}
