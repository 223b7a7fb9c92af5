package main

import "fmt"

type ID int

func main() {
	ids := []ID{1, 2}
	var ns []int = ids
	fmt.Println(ns)
}
