package main

import "fmt"

type T struct {
	func Hello() {}
}

func main() {
	fmt.Println(T{})
}
