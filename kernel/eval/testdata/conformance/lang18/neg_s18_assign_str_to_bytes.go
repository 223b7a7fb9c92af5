package main

import "fmt"

func main() {
	var b []byte = "abc"
	fmt.Println(b)
}
