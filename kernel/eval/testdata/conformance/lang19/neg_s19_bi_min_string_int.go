package main

import "fmt"

func main() {
	fmt.Println(min("a", 1))
}
