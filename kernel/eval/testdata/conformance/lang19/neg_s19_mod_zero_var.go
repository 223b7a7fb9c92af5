package main

import "fmt"

func main() {
	n := 7
	fmt.Println(n % 0)
}
