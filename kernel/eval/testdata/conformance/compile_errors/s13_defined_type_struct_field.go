package main

import "fmt"

type Celsius int

type Reading struct {
	Station string
	Temp    int
}

func main() {
	c := Celsius(18)
	r := Reading{Station: "north", Temp: c}
	fmt.Println(r)
}
