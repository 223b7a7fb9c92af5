package main

import "fmt"

func main() {
	var s string = 1
	fmt.Println(s)
}
