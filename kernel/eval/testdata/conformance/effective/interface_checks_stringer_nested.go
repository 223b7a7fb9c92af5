package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	City string
	Temp Celsius
}

type Report struct {
	Title    string
	Readings []Reading
	Peak     *Reading
	Tags     map[string]Celsius
}

func (r Report) String() string {
	var sb strings.Builder
	sb.WriteString(r.Title + ":")
	for _, rd := range r.Readings {
		fmt.Fprintf(&sb, " %s=%v", rd.City, rd.Temp)
	}
	return sb.String()
}

var _ fmt.Stringer = Celsius(0)
var _ fmt.Stringer = Report{}

func main() {
	rs := []Reading{{"Oslo", -3.5}, {"Cairo", 31}}
	rep := Report{"today", rs, &rs[1], map[string]Celsius{"max": 31}}
	fmt.Println(rep)
	fmt.Println(rs)
	fmt.Printf("%v %+v\n", rs[0], rs[0])
	fmt.Println(rep.Peak.Temp, rep.Tags)
	fmt.Printf("%s|%v|%.2f\n", Celsius(1), []Celsius{1, 2}, float64(Celsius(2)))
}
