package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	n := -1
	fmt.Println(1 << n)
}
