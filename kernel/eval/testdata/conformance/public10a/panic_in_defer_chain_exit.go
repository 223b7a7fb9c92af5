package main

import "fmt"

func main() {
	defer fmt.Println("deferred print runs")
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
