package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagMask = FlagA | FlagB | FlagC
)

const (
	a, b = iota * 10, iota + 100
	c, d
	e, f = "e", iota
)

const huge = 1 << 100
const ratio = huge >> 98
const third = 1.0 / 3
const big = 1e300 * 1e300 / 1e300

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

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
	return fmt.Sprintf("%.0fB", float64(b))
}

func main() {
	fmt.Println(Sunday, Monday, Thursday, Weekday(3), int(Thursday))
	fmt.Println(KB, MB, GB, TB, ByteSize(1e13), ByteSize(512))
	fmt.Println(FlagA, FlagB, FlagC, FlagMask, FlagMask&^FlagB, ^FlagA)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(ratio, third, big, huge>>90)
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i32 int32 = math.MaxInt32
	i32 += 2
	var u uint = 3
	fmt.Println(i8, u8, i32, u-4 > 0, -u)
	var i64 int64 = math.MinInt64
	fmt.Println(i64-1, -i64, i64/-1)
	x := 1 << 62
	fmt.Println(x*4, x<<1, uint64(x)<<2)
	var s uint = 70
	fmt.Println(1<<s, int32(1)<<30, uint32(1)<<s)
	fmt.Println(7/2, -7/2, 7%-3, -7%3, 7.0/2, 1/2*3.0)
	const typed int16 = 300
	v16 := typed
	fmt.Println(int8(v16), uint8(typed&0xff), int8(v16%256-256))
	f := 1e20
	fmt.Println(int64(f/1e10), math.MaxUint32, uint32(math.MaxUint32))
	fmt.Printf("%T %T %T %T\n", 'a', 1.5, 2i, 'a'*2.0)
	fmt.Println(len("héllo"), len([3]int{}), cap(make([]int, 2, 5)))
}
