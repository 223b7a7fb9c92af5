package main

import "fmt"

type P struct{ X int }

func main() {
	p := &P{Y: 1}
	fmt.Println(p)
}
