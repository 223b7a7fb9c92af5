package main

import "fmt"

func main() {
	var x int8 = 2.5
	fmt.Println(x)
}
