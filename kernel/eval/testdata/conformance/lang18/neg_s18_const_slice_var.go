package main

import "fmt"

func main() {
	var s []int = 5
	fmt.Println(s)
}
