package main

import "fmt"

func main() {
	var i int = 1e100
	fmt.Println(i)
}
