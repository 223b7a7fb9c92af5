package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	// a and b share base's backing array: b's append overwrote a[3].
	fmt.Println(a, b, a[3])
	c := base[:3:3]
	d := append(c, 9)
	d[0] = 100
	fmt.Println(base, d)
	s := []int{1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	x := []byte("hello")
	x = append(x, " world"...)
	fmt.Println(string(x))
	var nilSlice []int
	nilSlice = append(nilSlice)
	fmt.Println(nilSlice == nil)
}
