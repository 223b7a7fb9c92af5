package main

import "fmt"

func main() {
	var c comparable
	fmt.Println(c)
}
