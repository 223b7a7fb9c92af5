package main

import "fmt"

type T struct {
	a int
	b []string
}

func main() {
	fmt.Println(len("héllo"), len([3]int{}), len([]int{1}), len(map[int]int{1: 1}))
	ch := make(chan int, 4)
	ch <- 1
	fmt.Println(len(ch), cap(ch))
	p := new(T)
	p.a = 5
	fmt.Printf("%+v %v\n", *p, p.b == nil)
	q := new(int)
	*q = 3
	fmt.Println(*q)
	const k = len("const")
	var arr [k]byte
	fmt.Println(len(arr), cap(arr))
	m := make(map[string]int, 100)
	fmt.Println(len(m))
}
