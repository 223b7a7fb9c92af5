package main

import "fmt"

func main() {
	n := print("a")
	fmt.Println(n)
}
