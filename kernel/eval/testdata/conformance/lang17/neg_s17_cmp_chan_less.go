package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	fmt.Println(a < b)
}
