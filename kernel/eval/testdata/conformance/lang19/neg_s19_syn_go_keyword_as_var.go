package main

import "fmt"

func main() {
	type := "a"
	fmt.Println(type)
}
