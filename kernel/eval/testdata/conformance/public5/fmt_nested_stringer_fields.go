package main

import (
	"errors"
	"fmt"
	"time"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Status uint8

const (
	Open Status = iota
	Closed
)

func (s Status) String() string { return [...]string{"OPEN", "CLOSED"}[s] }

type Invoice struct {
	ID      int
	Amount  Money
	Status  Status
	Due     time.Duration
	Lines   []Money
	ByCode  map[string]Money
	Err     error
	Note    fmt.Stringer
	private Money
}

type Wrapper struct {
	Inv  Invoice
	Tags [2]Status
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Reading struct {
	Val  Temp
	Ptr  *Temp
	Name string
}

func main() {
	inv := Invoice{
		ID: 7, Amount: 12345, Status: Closed, Due: 90 * time.Minute,
		Lines: []Money{100, 2550}, ByCode: map[string]Money{"b": 1, "a": 99},
		Err: errors.New("late"), Note: Open, private: 5,
	}
	fmt.Println(inv)
	fmt.Printf("%+v\n", inv)
	fmt.Printf("%v\n", Wrapper{inv, [2]Status{Open, Closed}})
	fmt.Println([]Invoice{{ID: 1}, {ID: 2, Amount: 1}})
	fmt.Println(map[Status][]Money{Open: {1}, Closed: {2, 3}})
	t := Temp(21.5)
	r := Reading{t, &t, "x"}
	fmt.Printf("%v %+v\n", r.Val, r.Name)
	fmt.Println(r.Ptr, &r.Val)
	var s fmt.Stringer = &t
	fmt.Println(s, []fmt.Stringer{s, Money(5), Closed})
	type pair struct {
		K Status
		V Money
	}
	fmt.Println(pair{Closed, 250}, []pair{{Open, 1}})
	fmt.Printf("%d %s %v %x\n", Money(250), Money(250), Status(1), Status(1))
}
