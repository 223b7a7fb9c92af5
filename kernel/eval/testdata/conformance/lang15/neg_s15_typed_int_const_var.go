package main

import "fmt"

type ID int

const n int = 3

func main() {
	var id ID = n
	fmt.Println(id)
}
