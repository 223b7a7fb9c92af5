package main

import "fmt"

func main() {
	var a int8 = 1
	var b int16 = 2
	fmt.Println(a < b)
}
