package main

import "fmt"

func main() {
	s := uint(2)
	var f float64 = 4
	fmt.Println(f == 1<<s)
}
