package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(b[3], c[3], len(a), cap(b))
	d := []int{1, 2, 3}
	e := append(d[:1], 9)
	fmt.Println(d, e)
	f := []int{1, 2, 3, 4, 5}
	n := copy(f[1:], f)
	fmt.Println(n, f)
	g := []byte("hello")
	n = copy(g, "HE")
	fmt.Println(n, string(g))
	h := append([]byte("ab"), "cd"...)
	fmt.Println(string(h))
	var nilS []int
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil, len(nilS))
	x := []int{1, 2, 3}
	y := x[:2:2]
	y = append(y, 100)
	fmt.Println(x, y)
}
