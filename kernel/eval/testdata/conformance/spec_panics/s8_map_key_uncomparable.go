package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	m := map[any]int{}
	m[1] = 1
	m[func() {}] = 2
	fmt.Println(len(m))
}
