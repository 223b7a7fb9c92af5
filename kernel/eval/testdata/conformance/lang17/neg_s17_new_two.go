package main

import "fmt"

func main() {
	p := new(int, 5)
	fmt.Println(p)
}
