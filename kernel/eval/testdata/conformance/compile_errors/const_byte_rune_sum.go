package main

import "fmt"

func main() {
	var b byte = 'a' + 200
	fmt.Println(b)
}
