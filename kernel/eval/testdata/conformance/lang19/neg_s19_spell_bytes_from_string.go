package main

import "fmt"

func main() {
	var b []byte = "s"
	fmt.Println(b)
}
