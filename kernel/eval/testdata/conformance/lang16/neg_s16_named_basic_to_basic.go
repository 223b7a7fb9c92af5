package main

import "fmt"

type Meters float64

func main() {
	var m Meters = 1
	var f float64 = m
	fmt.Println(f)
}
