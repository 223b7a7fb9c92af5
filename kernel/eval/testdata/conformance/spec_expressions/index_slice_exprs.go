package main

import "fmt"

func main() {
	a := [5]int{0, 1, 2, 3, 4}
	s := a[1:4]
	fmt.Println(s, len(s), cap(s))
	t := s[:cap(s)]
	fmt.Println(t)
	u := a[1:3:4]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 99)
	fmt.Println(a)
	u = append(u, 100)
	u[0] = -1
	fmt.Println(a, u)
	str := "hello"
	fmt.Println(str[1], str[1:3], str[:0] == "", str[len(str)-1:])
	p := &a
	fmt.Println(p[2:][0])
	m := map[string][]int{"k": {1, 2}}
	fmt.Println(m["k"][1])
}
