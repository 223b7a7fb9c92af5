package main

import "fmt"

type Bag struct {
	Name  string
	Items []int
}

// A composite literal holding s is a use gc's analysis does not know.
//
//go:noinline
func literal(n int) Bag {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return Bag{"lit", s}
}

// An assignment of s is its escape, as a return.
//
//go:noinline
func assigned(n int) Bag {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	var b Bag
	b.Name = "field"
	b.Items = s
	return b
}

//go:noinline
func copiedVar(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i+10)
	}
	t := s
	return t
}

//go:noinline
func intoPtr(n int, b *Bag) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	b.Items = s
}

func main() {
	for n := 0; n <= 5; n++ {
		a, b, c := literal(n), assigned(n), copiedVar(n)
		var d Bag
		intoPtr(n, &d)
		fmt.Printf("%d %+v %d | %+v %d | %v %d | %v %d\n", n, a, cap(a.Items), b, cap(b.Items), c, cap(c), d.Items, cap(d.Items))
	}
}
