package main

import "fmt"

type Path []string

var visited map[Path]bool

func main() {
	fmt.Println(visited)
}
