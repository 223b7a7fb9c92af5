package main

import "fmt"

func main() {
	var f float32 = 1
	var d float64 = f
	fmt.Println(d)
}
