package main

import "fmt"

type Name string

const s string = "go"

func main() {
	m := map[Name]int{s: 1}
	fmt.Println(m)
}
