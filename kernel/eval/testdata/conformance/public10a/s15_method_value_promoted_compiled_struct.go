package main

import (
	"fmt"
	"time"
)

type Event struct {
	time.Time // embedded compiled struct type
	Name      string
}

type Timer struct {
	*time.Location
}

func main() {
	e := Event{time.Date(2020, time.March, 1, 12, 0, 0, 0, time.UTC), "launch"}
	year := e.Year // binds a copy of e.Time now
	format := e.Format
	e.Time = e.Time.AddDate(5, 1, 0)
	fmt.Println(year(), e.Year())
	fmt.Println(format("2006-01-02"), e.Format("2006-01-02"))

	tm := Timer{time.UTC}
	name := tm.String // the pointer is bound now
	tm.Location = time.FixedZone("X", 3600)
	fmt.Println(name(), tm.String())

	var getters []func() int
	for i := 0; i < 3; i++ {
		e.Time = time.Date(2000+i, 1, 1, 0, 0, 0, 0, time.UTC)
		getters = append(getters, e.Year)
	}
	for _, g := range getters {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
