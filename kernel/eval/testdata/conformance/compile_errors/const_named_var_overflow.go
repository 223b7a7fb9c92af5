package main

import "fmt"

type T int8

func main() {
	var t T = 200
	fmt.Println(t)
}
