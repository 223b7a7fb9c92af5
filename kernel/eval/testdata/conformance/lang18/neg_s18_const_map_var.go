package main

import "fmt"

func main() {
	var m map[string]int = "a"
	fmt.Println(m)
}
