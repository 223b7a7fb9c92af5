package main

import "fmt"

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Slot uint8

func (s Slot) String() string { return fmt.Sprintf("#%d", uint8(s)) }

const Days Weekday = 7

func main() {
	for d := range Days {
		fmt.Print(d, " ")
	}
	fmt.Println()
	var n Slot = 4
	for s := range n {
		fmt.Printf("%v(%T) ", s, s)
	}
	fmt.Println()
	for i := range 3 {
		fmt.Printf("%T ", i)
	}
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%d:%T ", i, i)
	}
	fmt.Println()
	total := 0
	for range 5 {
		total++
	}
	for i := range 0 {
		total += i
	}
	for i := range -3 {
		total += i
	}
	fmt.Println(total)
	m := map[Weekday][]string{}
	for d := range Weekday(7) {
		if d%2 == 0 {
			m[d] = append(m[d], d.String())
		}
	}
	fmt.Println(m)
	var x int64 = 3
	for i := range x * 2 {
		if i == 4 {
			break
		}
		fmt.Print(i*1000000000000, " ")
	}
	fmt.Println()
	k := 3
	for i := range k {
		k = 10 // does not change the count
		fmt.Print(i)
	}
	fmt.Println(" k =", k)
}
