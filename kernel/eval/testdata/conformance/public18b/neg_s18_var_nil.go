package main

import "fmt"

func main() {
	var x = nil
	fmt.Println(x)
}
