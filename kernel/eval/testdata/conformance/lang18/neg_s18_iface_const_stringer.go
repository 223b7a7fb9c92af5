package main

import "fmt"

func main() {
	var s fmt.Stringer = "x"
	fmt.Println(s)
}
