package main

import "fmt"

func main() {
	var b bool = 1
	fmt.Println(b)
}
