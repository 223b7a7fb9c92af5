package main

import "fmt"

func main() {
	b := true
	b++
	fmt.Println(b)
}
