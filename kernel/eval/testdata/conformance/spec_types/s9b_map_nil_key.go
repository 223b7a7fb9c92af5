package main

import "fmt"

type Q *int

type T struct{ n int }

func main() {
	// m[nil] with keys of pointer, chan and func-free pointer-like types,
	// inside a function.
	m := map[*int]string{nil: "nil"}
	fmt.Println(m[nil], len(m))
	m[nil] += "!"
	v, ok := m[nil]
	fmt.Println(v, ok)
	delete(m, nil)
	fmt.Println(len(m))
	q := map[Q]int{nil: 2}
	q[nil]++
	fmt.Println(q[nil])
	t := map[*T]bool{}
	_, ok = t[nil]
	fmt.Println(ok)
	c := map[chan int]int{nil: 1}
	fmt.Println(c[nil])
	e := map[error]int{nil: 3}
	fmt.Println(e[nil])
	a := map[any]int{nil: 4}
	fmt.Println(a[nil])
}
