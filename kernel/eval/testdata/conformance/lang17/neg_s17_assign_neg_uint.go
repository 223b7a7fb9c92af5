package main

import "fmt"

func main() {
	var x uint = -1
	fmt.Println(x)
}
