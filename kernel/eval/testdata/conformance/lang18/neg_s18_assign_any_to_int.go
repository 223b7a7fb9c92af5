package main

import "fmt"

func main() {
	var x any = 5
	var y int = x
	fmt.Println(y)
}
