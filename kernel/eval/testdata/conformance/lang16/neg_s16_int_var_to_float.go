package main

import "fmt"

func main() {
	i := 3
	var f float64 = i
	fmt.Println(f)
}
