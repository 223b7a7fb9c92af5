package main

import "fmt"

func main() {
	x := 2.0
	fmt.Println(x / 0)
}
