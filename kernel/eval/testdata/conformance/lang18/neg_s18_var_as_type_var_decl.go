package main

import "fmt"

func main() {
	var size = 4
	var buf size
	fmt.Println(buf)
}
