package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Flag bool

func (f Flag) String() string {
	if f {
		return "on"
	}
	return "off"
}

type Quiet int

func (Quiet) Noise() {}

func main() {
	xs := []any{Temp(20), Flag(true), Quiet(3), "s", 4}
	fmt.Println(xs...)
	fmt.Println(xs)
	m := map[string]any{"t": Temp(1.25), "f": Flag(false), "q": Quiet(9)}
	fmt.Println(m)
	var a any = Quiet(5)
	fmt.Printf("%v %d %T\n", a, a, a)
	fmt.Println(fmt.Sprint(a, Temp(3)), fmt.Sprintln(Flag(true)))
}
