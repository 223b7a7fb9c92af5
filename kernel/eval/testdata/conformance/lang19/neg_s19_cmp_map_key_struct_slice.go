package main

import "fmt"

type Key struct {
	parts []string
}

func main() {
	m := map[Key]int{}
	fmt.Println(len(m))
}
