package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "%.1f°C", float64(t))
}

type Secret string

func (Secret) GoString() string { return "Secret(***)" }

func main() {
	fmt.Println(Red, Green)
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Green, Red})
	fmt.Println(map[Color]int{Green: 1})
	fmt.Println(Temp(21.55))
	fmt.Printf("%#v %v\n", Secret("pw"), Secret("pw"))
	err := errors.New("oops")
	fmt.Printf("%v %s %q\n", err, err, err)
	var nilErr error
	fmt.Printf("%v\n", nilErr)
	var s fmt.Stringer
	fmt.Println(s)
}
