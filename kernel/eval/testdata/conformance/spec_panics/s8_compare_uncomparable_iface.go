package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var a, b any = []int{1}, []int{1}
	fmt.Println(a == b)
}
