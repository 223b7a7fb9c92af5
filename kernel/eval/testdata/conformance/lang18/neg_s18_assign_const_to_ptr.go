package main

import "fmt"

func main() {
	var p *int = 5
	fmt.Println(p)
}
