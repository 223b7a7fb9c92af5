package main

import "fmt"

func main() {
	n := 3
	var f float64 = n
	fmt.Println(f)
}
