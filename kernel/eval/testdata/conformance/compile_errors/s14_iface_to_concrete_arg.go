package main

import "fmt"

func double(n int) int { return 2 * n }

func main() {
	var x interface{} = 21
	fmt.Println(double(x))
}
