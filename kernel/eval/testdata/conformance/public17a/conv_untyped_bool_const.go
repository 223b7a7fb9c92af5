package main

import "fmt"

type Flag bool

func (f Flag) String() string {
	if f {
		return "on"
	}
	return "off"
}

const debug = 1 > 2
const ready = "a" < "b"

func main() {
	fmt.Println(bool(1 > 0), Flag(2.5 > 1), Flag("a" < "b"))
	fmt.Println(Flag(debug), Flag(ready), bool(ready && !debug))
	x := 3
	fmt.Println(Flag(x > 2), Flag(x > 2) == Flag(3 > 2))
	flags := []Flag{Flag(len("ab") == 2), Flag(1 == 2)}
	fmt.Println(flags)
	var b = bool(true)
	fmt.Printf("%T %v %T\n", b, b, Flag(1 != 1))
}
