package main

import (
	"fmt"
	"math"
)

type Score float64

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("apple", "banana", "cherry"), min("b", "a"))
	var s1, s2 Score = 9.5, 7.25
	fmt.Println(max(s1, s2), min(s1, s2, 8))
	fmt.Println(min(math.NaN(), 1), max(math.Inf(-1), -1), min(-0.0, 0.0))
	x, y := 10, 20
	fmt.Println(min(x, y)*2, max(x-y, 0))
	const c = max(1, 2.5, 'a')
	fmt.Println(c)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	sl := []int{1, 2, 3}
	sub := sl[:2]
	clear(sub)
	fmt.Println(sl, len(sub))
	words := []string{"x", "y"}
	clear(words)
	fmt.Printf("%q\n", words)
	var ptrs = []*int{&x, &y}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, x)
	fmt.Println(len("héllo"), cap(make([]int, 3, 7)), len([5]int{}), cap([2]string{}))
	ch := make(chan int, 4)
	ch <- 1
	fmt.Println(len(ch), cap(ch))
	z := complex(3, 4)
	fmt.Println(real(z), imag(z), z*z)
	arr := [...]int{5, 6, 7}
	p := &arr
	fmt.Println(len(p), p[1])
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(arr)
	n := copy(sl, []int{9, 9, 9, 9, 9})
	fmt.Println(n, sl)
	bs := make([]byte, 3)
	n = copy(bs, "hey!")
	fmt.Println(n, string(bs))
	q := new(int)
	*q = 7
	fmt.Println(*q)
	sl = append(sl[:1], sl[2:]...)
	fmt.Println(sl)
	sl = append([]int(nil), sl...)
	fmt.Println(sl, len(sl))
}
