package main

import "fmt"

func main() {
	n := int(true)
	fmt.Println(n)
}
