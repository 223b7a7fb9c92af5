package main

import "fmt"

func main() {
	n := 0
	fmt.Println(n == nil)
}
