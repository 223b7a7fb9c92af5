package main

import "fmt"

type IDs []int
type Index map[string]int
type Handler func(int) int
type Pipe chan string

func main() {
	ids := IDs{1, 2}
	idx := Index{"a": 1}
	var h Handler
	p := make(Pipe)
	fmt.Printf("%T %T %T %T\n", ids, idx, h, p)
	fmt.Printf("%v %v %v\n", ids, idx, h == nil)
	fmt.Printf("%#v %#v\n", []int(ids), map[string]int(idx))
	fmt.Printf("%T %T\n", []IDs{ids}, map[string]IDs{})
}
