package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	numDays = iota
)

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

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
	fmt.Println(KB, MB, GB, TB, ByteSize(123456789), ByteSize(1e15))
	fmt.Println(Monday, Saturday.Weekend(), Wednesday.Weekend(), numDays)
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
	fmt.Printf("%T %T %T %T\n", KB, numDays, i, h)
}
