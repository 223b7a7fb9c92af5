package main

import "fmt"

func main() {
	var c complex64 = 1e40
	fmt.Println(c)
}
