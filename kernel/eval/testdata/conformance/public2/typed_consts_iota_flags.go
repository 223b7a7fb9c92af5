package main

import (
	"fmt"
	"strings"
	"time"
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

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "---"
	}
	var parts []string
	for _, f := range []struct {
		p Perm
		s string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&f.p != 0 {
			parts = append(parts, f.s)
		}
	}
	return strings.Join(parts, "")
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const timeout = 2 * time.Second

func main() {
	fmt.Println(Monday, Saturday.Weekend(), Weekday(3))
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	p := Read | Exec
	fmt.Println(p, p|Write, Perm(0), p&^Read)
	fmt.Printf("%v %d %08b\n", p, p, p)
	fmt.Println(KB, MB, GB)
	fmt.Println(timeout, timeout.Milliseconds(), time.Duration(1500)*time.Millisecond)
	const big = 1 << 62
	fmt.Println(big/(1<<60), float64(big))
	var f float32 = 1.0 / 3
	fmt.Println(f, 1.0/3, 7/2, 7/2.0, -7%3, 1e3)
	type Color string
	const Red Color = "red"
	fmt.Printf("%v %T\n", Red, Red)
}
