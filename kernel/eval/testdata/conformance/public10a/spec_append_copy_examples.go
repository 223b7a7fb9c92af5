package main

import "fmt"

func main() {
	s0 := []int{0, 0}
	s1 := append(s0, 2)
	s2 := append(s1, 3, 5, 7)
	s3 := append(s2, s0...)
	s4 := append(s3[3:6], s3[2:]...)
	fmt.Println(s0, s1, s2, s3, s4)
	var t []interface{}
	t = append(t, 42, 3.1415, "foo")
	fmt.Println(t)
	var b []byte
	b = append(b, "bar"...)
	fmt.Println(b, string(b))
	var a = [...]int{0, 1, 2, 3, 4, 5, 6, 7}
	var s = make([]int, 6)
	var bs = make([]byte, 5)
	n1 := copy(s, a[0:])
	n2 := copy(s, s[2:])
	n3 := copy(bs, "Hello, World!")
	fmt.Println(n1, n2, n3, s, string(bs))
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(len(m))
	sl := []int{1, 2, 3}
	clear(sl)
	fmt.Println(sl, len(sl))
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a", "c"), max(0, -0.0))
}
