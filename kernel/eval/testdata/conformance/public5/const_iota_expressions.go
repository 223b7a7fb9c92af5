package main

import "fmt"

type Bits uint64

const (
	Bit Bits = 1 << (iota * 3)
	Octal
	Nine
	_
	Twelve = Bits(1) << (iota * 3)
)

func (b Bits) String() string {
	names := []struct {
		v    Bits
		name string
	}{{Twelve, "b12"}, {Nine, "b9"}, {Octal, "b3"}, {Bit, "b0"}}
	for _, n := range names {
		if b >= n.v && b%n.v == 0 {
			return fmt.Sprintf("%d*%s", uint64(b/n.v), n.name)
		}
	}
	return fmt.Sprintf("Bits(%d)", uint64(b))
}

type Month uint8

const (
	Jan Month = iota + 1
	Feb
	Mar
	Q1End    = Mar
	Apr      = Q1End + iota - 2
	numMonth = iota
)

func (m Month) Quarter() int { return int(m-1)/3 + 1 }

const (
	a = iota * 10
	b
	c, d = iota, iota * 2
	e, f
	_, _
	g = "str"
	h
	i = iota + 0.5
	j
)

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	_
	FlagD
	FlagMask = FlagA | FlagB | FlagD
)

const big = 1 << 100
const huge = big * big >> 190

const typedFloat float32 = 1.0 / 3
const untypedFloat = 1.0 / 3

func main() {
	fmt.Println(Bit, Octal, Nine, Twelve, Bits(24), Bits(7), Bits(0))
	fmt.Println(Jan, Feb, Mar, Q1End, Apr, numMonth, Apr.Quarter(), Mar.Quarter())
	fmt.Println(a, b, c, d, e, f, g, h, i, j)
	fmt.Printf("%08b %08b %08b %d\n", FlagB, FlagD, FlagMask, FlagMask&^FlagB)
	fmt.Println(huge, big/(1<<98))
	fmt.Println(typedFloat, untypedFloat, float64(typedFloat) == untypedFloat)
	const local = len("héllo")
	var arr [local]int
	fmt.Println(len(arr), local)
	type Level int8
	const (
		Low Level = iota - 1
		Mid
		High
	)
	fmt.Println(Low, Mid, High)
	fmt.Printf("%T %T %T %T\n", Twelve, numMonth, i, h)
}
