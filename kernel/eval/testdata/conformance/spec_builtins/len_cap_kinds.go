package main

import "fmt"

func main() {
	var a [5]int
	var p = &a
	s := make([]string, 2, 8)
	m := map[int]bool{1: true, 2: false}
	ch := make(chan int, 4)
	ch <- 1
	str := "héllo"
	fmt.Println(len(a), cap(a), len(p), cap(p))
	fmt.Println(len(s), cap(s), len(m), len(ch), cap(ch))
	fmt.Println(len(str), len([]rune(str)))
	var nm map[string]int
	var ns []int
	var nc chan int
	fmt.Println(len(nm), len(ns), cap(ns), len(nc), cap(nc))
	const c = len([3]int{})
	fmt.Println(c)
}
