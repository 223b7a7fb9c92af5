package main

import "fmt"

func main() {
	n := 2
	var f float64 = 1.5 << n
	fmt.Println(f)
}
