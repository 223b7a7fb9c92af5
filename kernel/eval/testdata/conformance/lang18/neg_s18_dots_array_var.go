package main

import "fmt"

func main() {
	var a [...]int
	fmt.Println(a)
}
