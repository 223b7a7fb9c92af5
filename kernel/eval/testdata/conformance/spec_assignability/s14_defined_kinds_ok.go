package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type ID int
type Label string
type On bool

func main() {
	var t Celsius = Celsius(20.5)
	var raw float64 = float64(t)
	id := ID(len("abc"))
	lbl := Label(strings.ToUpper("x"))
	on := On(strings.HasPrefix("go", "g"))
	up := strings.ToUpper(string(lbl))
	fmt.Println(t, raw, id, lbl, on, up)
	var x, y = 3, 4
	on = x < y
	on = on && x != 0
	fmt.Println(on)
}
