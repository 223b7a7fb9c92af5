package main

import "fmt"

func main() {
	var x int8
	fmt.Println(x + 200)
}
