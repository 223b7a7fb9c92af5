package main

import "fmt"

const home = "home"

func main() {
	m := map[string]int{
		"home": 1,
		home:   2,
	}
	fmt.Println(m)
}
