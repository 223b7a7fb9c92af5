package main

import "fmt"

type Arr [3]int

func main() {
	var a [3]int
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	p := any(&a).(*Arr)
	fmt.Println(p)
}
