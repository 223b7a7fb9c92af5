package main

import "fmt"

func appendOne(s []int) []int { return append(s, 1) }

func setFirst(s []int) { s[0] = 42 }

func main() {
	a := make([]int, 2, 4)
	b := appendOne(a)
	setFirst(a)
	fmt.Println(a, b, len(a), len(b))
	c := appendOne(b)
	c[0] = 7
	fmt.Println(a, b, c)
	d := appendOne(c) // reallocates
	d[0] = -1
	fmt.Println(c[0], d[0])
	clone := append([]int(nil), a...)
	clone[1] = 9
	fmt.Println(a, clone)
	queue := []string{"a", "b", "c"}
	head := queue[0]
	queue = queue[1:]
	queue = append(queue, "d")
	fmt.Println(head, queue, len(queue))
}
