package main

import "fmt"

func main() {
	defer fmt.Println("deferred print runs")
	defer func() { panic(fmt.Sprintf("second %d", 2)) }()
	fmt.Println("start")
	panic("first")
}
