package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	src := []int{1, 2, 3, 4}
	dst := make([]int, 2)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 3)
	n = copy(b, "hello")
	fmt.Println(n, string(b))
	mm := map[int]int{1: 1}
	delete(mm, 2)
	delete(mm, 1)
	var nilmap map[int]int
	delete(nilmap, 1)
	fmt.Println(len(mm))
}
