package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Level int

func main() {
	fmt.Printf("%d|%v\n", Temp(21.55), Temp(21.55))
	fmt.Printf("%s\n", Level(3))
	fmt.Printf("%#v\n", struct{ L []Level }{[]Level{1, 0}})
}
