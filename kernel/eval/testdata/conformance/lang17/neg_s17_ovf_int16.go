package main

import "fmt"

func main() {
	var x int16 = 40000
	fmt.Println(x)
}
