package main

import "fmt"

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

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := ""
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			s += string(c)
		} else {
			s += "-"
		}
	}
	return s
}

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x0 = "x"
	x1
	x2 = iota
	x3
)

const (
	Low = iota * 5
	Mid
	High = iota*100 + 1
	Top
)

func main() {
	fmt.Println(Sunday, Saturday, Weekday(3), Friday-Monday)
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)
	fmt.Println(KB, MB, GB, TB/GB)
	fmt.Printf("%.0f %e\n", GB, float64(TB))
	fmt.Println(Read, Write, Exec, Read|Exec, Read|Write|Exec, Perm(0))
	p := Read | Write
	p &^= Write
	fmt.Println(p, p&Write == 0)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(Low, Mid, High, Top)
}
