package main

import "fmt"

type A [2]A

func main() {
	var a A
	fmt.Println(len(a))
}
