package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }
func (l *Logger) Name() string   { return "logger" }

type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b Base) Hello() string    { return "hello from " + b.Describe() }

type Derived struct {
	Base
	*Logger
	Name string
}

func (d Derived) Describe() string { return fmt.Sprintf("Derived(%d,%s)", d.ID, d.Name) }

type Describer interface{ Describe() string }

func main() {
	d := Derived{Base{7}, &Logger{"[d] "}, "x"}
	fmt.Println(d.Describe(), d.Base.Describe())
	fmt.Println(d.Hello())
	d.Log("message")
	fmt.Println(d.Logger.Name(), d.Name)
	var ds []Describer = []Describer{d, d.Base, &d}
	for _, x := range ds {
		fmt.Println(x.Describe())
	}
	d.ID = 9
	fmt.Println(d.Base.ID, d.Describe())
	fmt.Printf("%+v\n", d.Base)
	type Point struct{ X, Y int }
	type Circle struct {
		Point
		R int
	}
	c := Circle{Point{1, 2}, 3}
	c.X += 10
	fmt.Printf("%v %+v\n", c, c)
}
