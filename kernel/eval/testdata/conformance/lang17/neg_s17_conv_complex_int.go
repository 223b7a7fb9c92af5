package main

import "fmt"

func main() {
	c := 1 + 2i
	fmt.Println(int(c))
}
