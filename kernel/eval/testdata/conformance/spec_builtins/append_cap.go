package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prev {
			prev = cap(s)
		}
	}
	fmt.Println(len(s), cap(s) >= 20)
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3])
	d := append([]int(nil), a...)
	d[0] = 5
	fmt.Println(a[0], d[0])
	e := append(s[:2:2], 99)
	fmt.Println(s[2], e)
	fmt.Println(append([]string{}, "x"), len(append([]int{}, []int{}...)))
}
