package main

import "fmt"

const n = 3

func main() {
	a := [n]int{1, 2, 3}
	fmt.Println(a[n-1], a[0], a[:n], a[n:])
	s := "abc"
	fmt.Println(s[n-1], s[:n], "xyz"[1:3], "xyz"[3:])
	b := make([]int, n, n*2)
	fmt.Println(len(b), cap(b), b[1:n*2])
	p := &a
	fmt.Println(p[2], len(p))
	var z [0]int
	fmt.Println(len(z), z[:])
	fmt.Println([...]string{2: "c", 0: "a"}, [5]int{4: 1})
}
