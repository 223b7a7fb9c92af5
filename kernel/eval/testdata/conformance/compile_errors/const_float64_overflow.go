package main

import "fmt"

func main() {
	var f float64 = 1e400
	fmt.Println(f)
}
