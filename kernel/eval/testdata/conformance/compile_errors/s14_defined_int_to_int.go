package main

import "fmt"

type ID int

func main() {
	var id ID = 3
	var n int = id
	fmt.Println(n)
}
