package main

import "fmt"

func modify(s []int) {
	s[0] = 100
	s = append(s, 4)
	s[1] = 200
}

func grow(s *[]int) {
	*s = append(*s, 4)
}

func main() {
	a := []int{1, 2, 3}
	modify(a)
	fmt.Println(a)
	b := make([]int, 3, 10)
	copy(b, []int{1, 2, 3})
	modify(b)
	fmt.Println(b, b[:4])
	c := []int{1}
	grow(&c)
	fmt.Println(c)
	arr := [3]int{1, 2, 3}
	func(a [3]int) { a[0] = 9 }(arr)
	func(a *[3]int) { a[1] = 9 }(&arr)
	fmt.Println(arr)
	m := map[string]int{}
	func(m map[string]int) { m["x"] = 1 }(m)
	func(m map[string]int) { m = map[string]int{"y": 2} }(m)
	fmt.Println(m)
}
