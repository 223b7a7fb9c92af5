package main

import "fmt"

func main() {
	var e error = "oops"
	fmt.Println(e)
}
