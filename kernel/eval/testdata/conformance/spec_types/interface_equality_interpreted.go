package main

import "fmt"

type S int

func (s S) String() string { return fmt.Sprint(int(s)) }

type T int

func (t T) String() string { return fmt.Sprint(int(t)) }

type K struct{ A, B int }

func (k K) Sum() int { return k.A + k.B }

func main() {
	var a, b any = S(1), S(1)
	var c any = T(1)
	x := S(1)
	fmt.Println(a == b, a == c, a == any(x), a != c)
	var s1, s2 fmt.Stringer = S(2), S(2)
	fmt.Println(s1 == s2, s1 == fmt.Stringer(T(2)))
	m := map[any]int{}
	m[K{1, 2}] = 1
	m[K{1, 2}]++
	m[a]++
	m[b]++
	fmt.Println(len(m), m[K{1, 2}])
}
