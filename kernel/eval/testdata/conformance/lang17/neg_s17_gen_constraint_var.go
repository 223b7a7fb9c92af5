package main

import "fmt"

type Number interface{ int | float64 }

func main() {
	var n Number = 1
	fmt.Println(n)
}
