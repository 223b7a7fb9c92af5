package main

import "fmt"

func main() {
	var s []int
	defer func() { fmt.Println("deferred", len(s), cap(s)) }()
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
}
