package main

import "fmt"

type ID int

func main() {
	m := map[int]string{}
	var k ID = 1
	m[k] = "a"
	fmt.Println(m)
}
