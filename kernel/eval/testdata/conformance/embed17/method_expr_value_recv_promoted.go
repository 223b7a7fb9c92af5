// Method expressions T.M of value methods promoted from time.Time, stored
// in variables, slices and maps, and their types.
package main

import (
	"fmt"
	"time"
)

type Stamp struct {
	time.Time
	Label string
}

func main() {
	s := Stamp{Time: time.Date(2024, 3, 9, 10, 30, 0, 0, time.UTC), Label: "x"}
	hour := Stamp.Hour
	fmt.Printf("%T\n", hour)
	fmt.Println(hour(s))
	m := map[string]func(Stamp) int{"min": Stamp.Minute, "day": Stamp.Day}
	fmt.Println(m["min"](s), m["day"](s))
	format := (*Stamp).Format
	fmt.Printf("%T\n", format)
	fmt.Println(format(&s, "Jan 2"))
	y, w := s.ISOWeek()
	fmt.Println(y, w)
}
