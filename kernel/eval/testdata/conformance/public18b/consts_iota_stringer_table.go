package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

func (s Size) String() string {
	switch {
	case s >= TB:
		return fmt.Sprintf("%.1fTB", float64(s)/float64(TB))
	case s >= GB:
		return fmt.Sprintf("%.1fGB", float64(s)/float64(GB))
	case s >= MB:
		return fmt.Sprintf("%.1fMB", float64(s)/float64(MB))
	case s >= KB:
		return fmt.Sprintf("%.1fKB", float64(s)/float64(KB))
	}
	return fmt.Sprintf("%dB", uint64(s))
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

var permNames = map[Perm]string{Read: "r", Write: "w", Exec: "x"}

func (p Perm) String() string {
	var sb strings.Builder
	for _, bit := range []Perm{Read, Write, Exec} {
		if p&bit != 0 {
			sb.WriteString(permNames[bit])
		} else {
			sb.WriteByte('-')
		}
	}
	return sb.String()
}

const (
	a, b = iota, iota * 2
	c, d
	e, f = "e", len("ee") + iota
)

const huge = 1 << 100
const ratio = huge >> 98
const fl = 1.0 / 3
const typedF float32 = fl

type Color string

const (
	Red   Color = "red"
	Green Color = "green"
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(KB, MB, GB, TB, Size(1536), Size(3*GB+GB/2), Size(12))
	fmt.Printf("%v %d %s %x\n", MB, MB, Size(5*TB), uint64(GB))
	fmt.Println(Read, Write|Exec, All, Perm(0), Perm(5))
	fmt.Printf("%v %03b %q\n", All&^Write, All, Read)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(ratio, fl, typedF, huge/(huge>>3), float64(huge) > 1e30)
	fmt.Printf("%T %T %T %v\n", ratio, fl, Red, Red+"dish")
	var col Color = Green
	switch col {
	case Red:
		fmt.Println("stop")
	case Green:
		fmt.Println("go")
	}
	const local = len("héllo")
	var arr [local]int
	fmt.Println(len(arr), local)
	type Level int8
	const (
		Debug Level = iota - 1
		Info
		Warn
	)
	fmt.Println(Debug, Info, Warn)
	const s = "const" + "ant"
	fmt.Println(s[1:3], s[0], len(s))
	const r = 'a' + 1
	fmt.Printf("%c %T %v\n", r, r, string(rune(r)))
	x := 10
	x <<= Write
	fmt.Println(x, 1<<Exec, uint8(All)<<5)
}
