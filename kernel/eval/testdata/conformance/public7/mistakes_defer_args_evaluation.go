package main

import (
	"errors"
	"fmt"
)

type Status struct{ s string }

func (s Status) Report()   { fmt.Println("value receiver:", s.s) }
func (s *Status) ReportP() { fmt.Println("pointer receiver:", s.s) }

func f() (err error) {
	status := "start"
	defer fmt.Println("deferred arg:", status)
	defer func() { fmt.Println("closure sees:", status) }()
	st := Status{"initial"}
	defer st.Report()
	defer st.ReportP()
	status = "end"
	st.s = "final"
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("boom")
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("c", i, " ") }()
	}
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func main() {
	err := f()
	fmt.Println(err, errors.Unwrap(err) != nil)
	loop()
	fmt.Println()
	fmt.Println(counter())
	x := 1
	p := &x
	defer fmt.Println("deref at defer time:", *p)
	x = 2
	func() {
		defer func(v int) { fmt.Println("param copy:", v) }(x)
		x = 3
	}()
}
