package main

import "fmt"

type Key struct {
	name string
	f    interface{}
}

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m[Key{"a", 2}] = 2
	fmt.Println(len(m))
	m[Key{"b", func() {}}] = 3
	fmt.Println("not reached")
}
