package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s, s[3:])
	fmt.Println(s)
	a := []int{1, 2, 3}
	a = append(a, a...)
	fmt.Println(a)
	b := make([]int, 3, 10)
	b = append(b[:1], b[2:]...)
	fmt.Println(b, len(b), cap(b))
	c := []int{1, 2, 3, 4, 5}
	c = append(c[:1], c[3:]...)
	fmt.Println(c)
	d := []int{1, 2, 3}
	e := d[:2]
	e = append(e, 99)
	fmt.Println(d, e)
	f := d[:2:2]
	f = append(f, 100)
	fmt.Println(d, f)
	var z []int
	z = append(z, z...)
	fmt.Println(z == nil, len(z))
	str := []byte("hello")
	copy(str[1:], "EY")
	fmt.Println(string(str))
}
