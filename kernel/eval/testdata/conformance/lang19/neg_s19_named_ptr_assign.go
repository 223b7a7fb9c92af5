package main

import "fmt"

type Meters float64
type Feet float64

func main() {
	m := Meters(3)
	var p *Feet = &m
	fmt.Println(*p)
}
