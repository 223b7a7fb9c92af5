package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	x := 1
	p := &x
	*p = 2
	pp := &p
	**pp = 3
	fmt.Println(x, *p == 3, p == *pp)
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{i, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	var np *int
	fmt.Println(np == nil)
}
