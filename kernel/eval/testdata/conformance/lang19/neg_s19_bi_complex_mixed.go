package main

import "fmt"

func main() {
	var a float32 = 1
	var b float64 = 2
	fmt.Println(complex(a, b))
}
