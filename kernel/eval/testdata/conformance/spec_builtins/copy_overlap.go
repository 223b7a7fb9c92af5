package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 3)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	var empty []int
	fmt.Println(copy(empty, s))
	arr := [4]int{}
	copy(arr[:], []int{7, 8})
	fmt.Println(arr)
}
