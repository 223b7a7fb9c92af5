package main

import "fmt"

type Meters float64
type Alias = float64

func main() {
	var m Meters = 1
	var a Alias = m
	fmt.Println(a)
}
