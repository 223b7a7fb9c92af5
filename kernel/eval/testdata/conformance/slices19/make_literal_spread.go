package main

import "fmt"

func main() {
	s := make([]int, 0)
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
	t := make([]int, 0, 1)
	t = append(t, 1, 2)
	fmt.Println(len(t), cap(t))
	u := []int{1, 2, 3}
	u = append(u, 4)
	fmt.Println(len(u), cap(u))
	var v []int
	v = append(v, u...)
	fmt.Println(len(v), cap(v))
}
