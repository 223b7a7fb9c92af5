package main

import "fmt"

func main() {
	var x any = 1
	var y int = x
	fmt.Println(y)
}
