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
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, name := range []string{"r", "w", "x"} {
		if p&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "|")
}

type Size int

const (
	_          = iota
	Small Size = iota * 10
	Medium
	Large
	_
	Huge
)

const (
	a, b = iota, iota * 100
	c, d
	e, f
)

type Token int

const (
	ILLEGAL Token = iota - 1
	EOF
	IDENT
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, ":", d.Weekend(), " ")
	}
	fmt.Println()
	fmt.Println(Weekday(9), Friday+1, Monday*2)
	fmt.Printf("%v %d %s %q\n", Thursday, Thursday, Thursday, Thursday)
	p := Read | Exec
	fmt.Println(p, All, Perm(0), p&^Read, p|Write == All, p&Write == 0)
	p ^= Exec
	fmt.Println(p, uint8(All))
	fmt.Println(Small, Medium, Large, Huge)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(ILLEGAL, EOF, IDENT)
	days := map[Weekday]int{Monday: 1, Friday: 5}
	fmt.Println(days)
	fmt.Println([]Perm{Read, Write, All})
}
