package main

import "fmt"

func main() {
	xs := []comparable{1, "a"}
	fmt.Println(xs)
}
