package main

import "fmt"

func main() {
	var e error = 42
	fmt.Println(e)
}
