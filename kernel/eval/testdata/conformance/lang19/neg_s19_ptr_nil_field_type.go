package main

import "fmt"

type P struct{ X int }

func main() {
	var p *P
	fmt.Println(p.Y)
}
