package main

import "fmt"

type P struct{ X int }

func main() {
	p := &P{}
	pp := &p
	fmt.Println(pp.X)
}
