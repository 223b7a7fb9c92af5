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

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func (d Weekday) Weekend() bool { return d == Sunday || d == Saturday }

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Monday, Saturday, Weekday(9))
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v:%v ", d, d.Weekend())
	}
	fmt.Println()
	fmt.Printf("%d %s %v\n", Friday, Friday, []Weekday{Monday, Tuesday})
	f := FlagA | FlagC
	fmt.Println(f, f&FlagB != 0, f&FlagC != 0, FlagC)
}
