package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%d %v %s\n", Tuesday, Tuesday, Monday)
	const r = 'A' + 2
	fmt.Println(r, string(rune(r)))
	var d Weekday = 1
	fmt.Println(d == Monday)
}
