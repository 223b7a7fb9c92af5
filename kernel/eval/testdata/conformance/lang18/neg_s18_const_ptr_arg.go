package main

import "fmt"

func show(p *int) { fmt.Println(p) }

func main() {
	show(5)
}
