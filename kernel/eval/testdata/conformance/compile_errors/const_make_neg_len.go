package main

import "fmt"

func main() {
	fmt.Println(make([]int, -1))
}
