package main

import "fmt"

type T int8

const c T = 100

func main() {
	fmt.Println(c * 2)
}
