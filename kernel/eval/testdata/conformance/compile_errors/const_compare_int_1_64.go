package main

import "fmt"

func main() {
	var i int
	fmt.Println(i == 1<<64)
}
