package main

import "fmt"

func main() {
	var x any = 1
	a, b, c := x.(int)
	fmt.Println(a, b, c)
}
