package main

import "fmt"

func main() {
	n := 3
	var m n
	fmt.Println(m)
}
