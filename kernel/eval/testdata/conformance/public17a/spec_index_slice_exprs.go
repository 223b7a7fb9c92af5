package main

import "fmt"

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	s := a[1:4]
	fmt.Println(s, len(s), cap(s))
	s2 := a[1:3:4]
	fmt.Println(s2, len(s2), cap(s2))
	s2 = append(s2, 99)
	fmt.Println(a)
	s2 = append(s2, 100)
	fmt.Println(a, s2)
	str := "hello, 世界"
	fmt.Println(str[7:], len(str), str[1], string(str[1]))
	p := &a
	fmt.Println(p[2], p[:2], len(p))
	var m map[string]int
	v, ok := m["missing"]
	fmt.Println(v, ok)
	arr2 := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q\n", arr2)
	ss := s[:0]
	fmt.Println(ss, cap(ss))
	ss = ss[:cap(ss)]
	fmt.Println(ss)
	b := []byte("abc")
	fmt.Println(string(b[1:]), b[len(b)-1:])
}
