package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn = Info * 10
	Error
)

func main() {
	fmt.Println(Red, Blue, Color(7), Green+1)
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Blue, Red, Blue)
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Printf("%T %T\n", Warn, Error)
	colors := map[Color]int{Red: 1, Blue: 3}
	fmt.Println(colors)
	var c Color = 1
	switch c {
	case Green:
		fmt.Println("it is green")
	}
}
