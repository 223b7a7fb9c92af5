package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }
func (l Logger) Count() int      { return len(l.lines) }

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b Base) Sound() string    { return "..." }
func (b Base) Describe() string { return b.Name() + " says " + b.Sound() }

type Dog struct {
	Base
	*Logger
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	Dog
}

func (p Puppy) Name() string { return "little " + p.Dog.Name() }

type Walker interface{ Walk() string }
type Swimmer interface{ Swim() string }
type Both interface {
	Walker
	Swimmer
}

type Duck struct{ id int }

func (d Duck) Walk() string  { return fmt.Sprint("duck", d.id, " walks") }
func (d *Duck) Swim() string { d.id++; return fmt.Sprint("duck", d.id, " swims") }

type Robot struct {
	Walker
	model string
}

func main() {
	lg := &Logger{prefix: "> "}
	d := Dog{Base{"rex"}, lg, "lab"}
	fmt.Println(d.Name(), d.Sound(), d.Describe())
	d.Log("hello")
	d.Log("again")
	fmt.Println(d.Count(), lg.Count(), strings.Join(lg.lines, "|"))
	var a Animal = d
	fmt.Println(a.Name(), a.Sound())
	p := Puppy{d}
	a = p
	fmt.Println(a.Name(), a.Sound(), p.Describe())
	animals := []Animal{Base{"cat"}, d, p, &p}
	for _, an := range animals {
		fmt.Printf("%T %s %s\n", an, an.Name(), an.Sound())
	}
	dk := &Duck{1}
	var b Both = dk
	fmt.Println(b.Walk(), b.Swim(), b.Walk())
	var w Walker = Duck{7}
	fmt.Println(w.Walk())
	_, isSwimmer := w.(Swimmer)
	_, isSwimmer2 := Walker(dk).(Swimmer)
	fmt.Println(isSwimmer, isSwimmer2)
	r := Robot{Walker: Duck{3}, model: "R2"}
	fmt.Println(r.Walk())
	var w2 Walker = r
	fmt.Println(w2.Walk())
	r.Walker = dk
	fmt.Println(r.Walk())
	describe := Base.Describe
	fmt.Println(describe(Base{"fn"}))
	sound := Animal.Sound
	fmt.Println(sound(d), sound(Base{"z"}))
	logf := (*Logger).Log
	logf(lg, "method expr")
	fmt.Println(lg.lines)
	mv := d.Describe
	d.name = "renamed"
	fmt.Println(mv(), d.Describe())
	pl := d.Log
	d.Logger = &Logger{prefix: "new "}
	pl("to old")
	fmt.Println(len(lg.lines), len(d.lines))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var r2 Robot
	fmt.Println(r2.Walk())
}
