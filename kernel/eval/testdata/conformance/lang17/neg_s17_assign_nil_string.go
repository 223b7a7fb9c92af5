package main

import "fmt"

func main() {
	var s string = nil
	fmt.Println(s)
}
