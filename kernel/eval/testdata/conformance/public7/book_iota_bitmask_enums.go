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
	_
	Sticky
	All = Read | Write | Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Sticky, "t"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
			p &^= f.bit
		}
	}
	if p != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(p)))
	}
	return strings.Join(parts, "|")
}

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

const (
	a, b = iota * 10, iota + 100
	c, d
	e, f = "e", iota
)

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Print(d, ":", d.Weekend(), " ")
	}
	fmt.Println()
	fmt.Println(Read, Write|Exec, All, Sticky|Read, Perm(0), Perm(0xff), All&^Write)
	fmt.Printf("%d %d %d %v\n", Read, Sticky, All, []Perm{Read, All})
	fmt.Println(ByteSize(1023), ByteSize(1e6), 3.5*GB, TB*1024, KB)
	fmt.Println(a, b, c, d, e, f)
	var p Perm = Read
	p |= Exec
	p ^= Read
	fmt.Println(p, p&Exec == Exec, ^p)
	days := map[Weekday][]string{Monday: {"gym"}, Friday: {"party", "sleep"}}
	fmt.Println(days)
	fmt.Printf("%v %s %d %x %08b\n", Friday, Friday, Friday, Weekday(255), Perm(Sticky|Exec))
}
